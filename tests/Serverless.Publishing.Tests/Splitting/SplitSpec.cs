using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Splitting;

namespace Serverless.Publishing.Tests.Splitting;

/// <summary>
/// Renders a split as readable text so that a spec shows the page and the articles side by side:
/// <code>
/// [news] kicker / title / subtitle        ("~" before the title: generated)
/// dateline: 本报讯 | authors: 付凯明, 李想
/// ¶ paragraph
/// note: attribution, editor note or credit
/// </code>
/// </summary>
public static class SplitSpec
{
    // The rule set's reading, which the model reads as features; the default path (per script) is scored by the golden pages and the corpus.
    private static readonly PageSplitter Splitter = new(Options.Create(new SplittingOptions { Decisions = SplitDecisions.Rules }), NullLogger<PageSplitter>.Instance);

    public static string Run(string page) => Render(Splitter.Split(page));

    public static string Render(IReadOnlyList<SplitArticle> articles)
    {
        var text = new StringBuilder();
        foreach (var article in articles)
        {
            var kind = article.Kind.ToString().ToLowerInvariant();
            var title = (article.TitleSource == TitleSource.Generated ? "~" : string.Empty) + article.Title;
            text.Append('[').Append(kind).Append("] ").AppendJoin(" / ", new[] { article.Kicker, title, article.Subtitle }.Where(p => p is not null)).Append('\n');
            if (article.Dateline is not null || article.Authors.Count > 0)
            {
                text.Append("dateline: ").Append(article.Dateline ?? "-").Append(" | authors: ").AppendJoin(", ", article.Authors).Append('\n');
            }

            foreach (var paragraph in article.Paragraphs)
            {
                text.Append("¶ ").Append(paragraph).Append('\n');
            }

            foreach (var note in article.Notes)
            {
                text.Append("note: ").Append(note).Append('\n');
            }
        }

        return text.ToString();
    }

    public static void Verify(string page, string expected) =>
        Assert.Equal(expected.ReplaceLineEndings("\n").Trim(), Run(page).Trim());
}
