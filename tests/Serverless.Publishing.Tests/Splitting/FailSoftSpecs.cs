using Serverless.Publishing.Articles;
using Serverless.Publishing.Cleaning;
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

    /// <summary>
    /// Random text in sentence lines (30 to 60 characters with a comma, ending in 。, no digits, capitals or colons):
    /// nothing a page prints as furniture (dates, page numbers, mastheads, editor lines) looks like that, so every
    /// letter must come out. Random text free of that constraint is covered by the fixed cases above.
    /// </summary>
    [Fact]
    public void Random_sentence_lines_never_throw_and_lose_nothing()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(6) == 0 ? string.Empty : SentenceLine(random));
            var page = string.Join('\n', lines);

            var articles = splitter.Split(page);

            Assert.Equal(Letters(page), Letters(string.Concat(articles.Select(Text))));
        }
    }

    [Fact]
    public void A_running_head_goes_and_the_story_under_it_stays()
    {
        const string page = "2021年4月19日 星期一\n\n第3版\n\n春雨过后，焦作的麦田里一片繁忙，农民们抢抓农时追肥浇水，确保夏粮丰收。\n";

        var articles = splitter.Split(page);

        Assert.Equal(Letters("春雨过后，焦作的麦田里一片繁忙，农民们抢抓农时追肥浇水，确保夏粮丰收。"), Letters(string.Concat(articles.Select(Text))));
    }

    private static string SentenceLine(Random random)
    {
        var chars = Enumerable.Range(0, random.Next(28, 58))
            .Select(_ => random.Next(10) switch
            {
                0 => ' ',
                1 => "“”（）、"[random.Next(5)],
                2 => (char)random.Next('a', 'z' + 1),
                _ => (char)random.Next(0x4e00, 0x9fff),
            }).ToList();
        chars.Insert(random.Next(1, chars.Count), '，');
        return new string([.. chars]) + "。";
    }

    private static string Text(SplitArticle a) =>
        (a.TitleSource == TitleSource.Printed ? a.Kicker + a.Title + a.Subtitle : string.Empty)
        + string.Concat(a.Paragraphs) + string.Concat(a.Notes);

    /// <summary>Letters and digits in order: what must survive cleaning (spaces, OCR marks and hyphens may go).</summary>
    private static string Letters(string text) =>
        new(TextSanitizer.Sanitize(text).Where(char.IsLetterOrDigit).OrderBy(c => c).ToArray());
}
