using Serverless.Publishing.Articles;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Rules;
using Serverless.Publishing.Splitting;

namespace Serverless.Publishing.Tests.Splitting;

/// <summary>Pages the splitter cannot make sense of still come out as articles, and nothing throws.</summary>
public sealed class FailSoftSpecs
{
    private readonly PageSplitter splitter = new();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t \r\n")]
    [InlineData("\u0001\u0002\u0003")]
    public void A_page_without_text_yields_nothing(string page) => Assert.Empty(splitter.Split(page));

    [Theory]
    [InlineData("只有一行字")]
    [InlineData("标题一\n\n标题二\n\n标题三")]
    [InlineData("。。。。\n，，，\n”")]
    [InlineData("1234 5678\n\n9012")]
    [InlineData("lorem ipsum dolor sit amet")]
    [InlineData("ALL CAPS\nMORE CAPS\nEVEN MORE CAPS")]
    [InlineData("By JOHN DOE")]
    [InlineData("本报讯（记者")]
    [InlineData("（未闭合的括号\n\n“未闭合的引号")]
    [InlineData("➡\n\n本报记者  摄")]
    public void Any_page_with_text_yields_articles_that_keep_all_of_it(string page)
    {
        var articles = splitter.Split(page);

        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Title)));
        Assert.Equal(Letters(page), Letters(string.Concat(articles.Select(Text))));
    }

    [Fact]
    public void Random_bytes_decoded_as_text_never_throw_and_lose_nothing()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 400))
                .Select(_ => random.Next(10) switch
                {
                    0 => '\n',
                    1 => ' ',
                    2 => "。，“”（）、"[random.Next(7)],
                    3 => (char)random.Next(0x20, 0x7f),
                    _ => (char)random.Next(0x4e00, 0x9fff),
                }).ToArray();
            var page = new string(chars);

            var articles = splitter.Split(page);

            Assert.Equal(Letters(WithoutFurniture(page)), Letters(string.Concat(articles.Select(Text))));
        }
    }

    /// <summary>Random lines may look like page numbers or dates at the page edge; those may go, nothing else.</summary>
    private static string WithoutFurniture(string page)
    {
        var lines = PageLine.Read(TextSanitizer.Sanitize(page));
        var furniture = FurnitureRules.Find(lines);
        return string.Join('\n', lines.Where((_, i) => !furniture[i]).Select(l => l.Text));
    }

    private static string Text(SplitArticle a) =>
        (a.TitleSource == TitleSource.Printed ? a.Kicker + a.Title + a.Subtitle : string.Empty)
        + string.Concat(a.Paragraphs) + string.Concat(a.Notes);

    /// <summary>Letters and digits in order: what must survive cleaning (spaces, OCR marks and hyphens may go).</summary>
    private static string Letters(string text) =>
        new(TextSanitizer.Sanitize(text).Where(char.IsLetterOrDigit).OrderBy(c => c).ToArray());
}
