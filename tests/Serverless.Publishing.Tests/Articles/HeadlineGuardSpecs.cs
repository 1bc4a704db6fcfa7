using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Tests.Articles;

/// <summary>What a headline may hold once split: no bidi overrides, and no line of body text the splitter could not cut.</summary>
public sealed class HeadlineGuardSpecs
{
    [Theory]
    [InlineData("Harbour \u202Eenerb\u202C reopens", "Harbour enerb reopens")]
    [InlineData("\u2067城市\u2069新闻", "城市新闻")]
    [InlineData("家庭医生“上门”", "家庭医生“上门”")]
    public void Bidi_overrides_and_isolates_leave_kicker_title_and_subtitle(string printed, string kept)
    {
        var guarded = HeadlineGuard.Apply(new SplitArticle { Kicker = printed, Title = printed, Subtitle = printed, Paragraphs = ["正文。"] });

        Assert.Equal((kept, kept, kept), (guarded.Kicker, guarded.Title, guarded.Subtitle));
        Assert.Equal(TitleSource.Printed, guarded.TitleSource);
    }

    [Fact]
    public void A_title_over_the_limit_goes_back_into_the_body_and_a_shorter_one_is_generated()
    {
        var line = string.Concat(Enumerable.Repeat("没有标点的超长一行文字", 200));

        var guarded = HeadlineGuard.Apply(new SplitArticle { Title = line, Paragraphs = ["下一段。"] }, maxTitleLength: 50);

        Assert.Equal(50, guarded.Title.Length);
        Assert.EndsWith("…", guarded.Title);
        Assert.StartsWith(guarded.Title[..^1], line);
        Assert.Equal(TitleSource.Generated, guarded.TitleSource);
        Assert.Equal([line, "下一段。"], guarded.Paragraphs);
    }

    [Fact]
    public void A_spaced_chinese_title_sent_back_into_the_body_loses_its_spaces_there()
    {
        var names = string.Join("  ", Enumerable.Repeat("丁仲礼  丁薛祥  万鄂湘", 4));

        var guarded = HeadlineGuard.Apply(new SplitArticle { Title = names, Paragraphs = ["下一段。"] }, maxTitleLength: 30);

        Assert.Equal(names.Replace(" ", string.Empty, StringComparison.Ordinal), guarded.Paragraphs[0]);
        Assert.Equal("下一段。", guarded.Paragraphs[1]);
    }

    [Fact]
    public void A_long_latin_title_is_cut_at_a_space_and_never_inside_a_surrogate_pair()
    {
        var words = string.Join(' ', Enumerable.Repeat("harbour", 60));
        var emoji = new string('a', 49) + "😀" + new string('b', 400);

        Assert.EndsWith("harbour…", HeadlineGuard.Apply(new SplitArticle { Title = words }, 100).Title);
        Assert.Equal(new string('a', 49) + "…", HeadlineGuard.Apply(new SplitArticle { Title = emoji }, 50).Title);
    }

    [Fact]
    public void A_title_within_the_limit_is_kept_as_printed()
    {
        var article = new SplitArticle { Title = "Council opens new library", Paragraphs = ["SPRINGFIELD — The council opened a library."] };

        Assert.Equal(article, HeadlineGuard.Apply(article));
    }
}
