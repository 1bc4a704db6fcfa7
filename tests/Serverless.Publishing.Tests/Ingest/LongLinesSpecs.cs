using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Stages;

namespace Serverless.Publishing.Tests.Ingest;

/// <summary>A page whose line breaks were lost: one huge line is wrapped and split as text, never kept as a headline.</summary>
public sealed class LongLinesSpecs
{
    private static readonly string Sentence = "本报讯 焦作市今年新建改建农村公路一百二十公里，惠及沿线群众三十余万人。";

    [Fact]
    public void Lines_within_the_limit_are_left_alone()
    {
        const string page = "短标题\n\n正文第一行。\n";

        Assert.Equal((page, 0), LongLines.Wrap(page, 1_000));
    }

    [Fact]
    public void A_huge_line_is_wrapped_at_sentence_ends_to_the_pages_width_without_losing_a_character()
    {
        var huge = string.Concat(Enumerable.Repeat(Sentence, 400));
        var page = "焦作新闻\n\n" + string.Join('\n', Enumerable.Repeat("正文是宽度为二十个字的普通一行文字了。", 10)) + "\n\n" + huge + "\n";

        var (text, wrapped) = LongLines.Wrap(page, 1_000);

        Assert.Equal(1, wrapped);
        Assert.Equal(page.Replace("\n", ""), text.Replace("\n", ""));
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 20, $"{line.Length}: {line}"));
    }

    [Fact]
    public void Latin_text_is_cut_between_words_and_emoji_stay_whole()
    {
        var huge = string.Concat(Enumerable.Repeat("The council met on Monday 👍🏽 and voted. ", 200));

        var (text, _) = LongLines.Wrap(huge, 1_000);

        Assert.All(text.Split('\n')[..^1], line => Assert.EndsWith(" ", line));
        Assert.Equal(huge, text.Replace("\n", ""));
        Assert.DoesNotContain(text.Split('\n'), line => line.Length > 0 && char.IsLowSurrogate(line[0]));
    }

    [Fact]
    public void A_page_of_one_5_MB_line_splits_into_body_text_with_short_titles_and_a_warning()
    {
        using var services = new ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddLogging().AddPublishingPipeline().BuildServiceProvider();
        var huge = string.Concat(Enumerable.Repeat(Sentence, 5 * 1024 * 1024 / Sentence.Length / 3));
        var origin = new PageOrigin("huge.txt", "local", new DateOnly(2026, 4, 18));

        var articles = services.GetRequiredService<PageArticleSplitter>().Split(origin, new PageContents([new PageContent(1, huge, null)], 1));

        Assert.All(articles, a => Assert.True(a.Title.Length <= 300, $"title of {a.Title.Length} characters"));
        // Every character but the spaces cleaning removes next to CJK ("本报讯 焦作" → "本报讯焦作") comes out again.
        var printed = articles.Sum(a => a.Paragraphs.Sum(p => p.Length) + (a.TitleSource == Serverless.Publishing.Articles.TitleSource.Generated ? 0 : a.Title.Length));
        Assert.Equal(huge.Replace(" ", "", StringComparison.Ordinal).Length, printed);
        Assert.All(articles, a => Assert.Contains(a.Warnings, w => w.Contains("Ingest:MaxLineLength", StringComparison.Ordinal)));
    }
}
