using System.Security.Cryptography;
using System.Text.Json;
using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Publishing;

/// <summary>
/// What feeds and pages need of an article, and nothing more (no entities, no scores), so the index
/// stays small. Text is cleaned for XML 1.0 once, here; every output derives from it.
/// </summary>
public sealed record FeedEntry
{
    public required string Id { get; init; }
    public required string Publication { get; init; }

    /// <summary>The page date, yyyy-MM-dd.</summary>
    public required string Published { get; init; }

    public required string PageBlob { get; init; }
    public int Ordinal { get; init; }
    public string? Kicker { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
    public string? Language { get; init; }
    public IReadOnlyList<string> KeyPhrases { get; init; } = [];
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>Hash of everything above: equal revisions render equal outputs.</summary>
    public string Revision { get; init; } = "";

    /// <summary>When this revision entered the index; feeds derive lastBuildDate from it, never from the clock of a no-op.</summary>
    public DateTimeOffset Updated { get; init; }

    /// <summary>When the article's page first reached the feeds: orders a day's pages, newest arrival first, and never changes on re-publish.</summary>
    public DateTimeOffset FirstPublished { get; init; }

    public static FeedEntry From(Article article, DateTimeOffset now)
    {
        var entry = new FeedEntry
        {
            Id = article.Id,
            Publication = XmlText.SingleLine(article.Page.Publication),
            Published = article.Page.Published,
            PageBlob = article.Page.Blob,
            Ordinal = article.Page.Ordinal,
            Kicker = Optional(article.Kicker),
            Title = XmlText.SingleLine(article.Title),
            Subtitle = Optional(article.Subtitle),
            Authors = Lines(article.Authors, XmlText.SingleLine),
            Paragraphs = Lines(article.Paragraphs, XmlText.Clean),
            Notes = Lines(article.Notes, XmlText.Clean),
            Language = Optional(article.Language),
            KeyPhrases = Lines(article.KeyPhrases, XmlText.SingleLine).Distinct(StringComparer.Ordinal).ToList(),
            Summary = Lines(article.Summary, XmlText.SingleLine),
        };
        return entry with { Revision = RevisionOf(entry), Updated = now, FirstPublished = now };
    }

    private static string RevisionOf(FeedEntry entry)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(entry with { Revision = "", Updated = default, FirstPublished = default }, ArticleJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(content))[..16];
    }

    private static string? Optional(string? text) =>
        text is null ? null : XmlText.SingleLine(text) is { Length: > 0 } line ? line : null;

    private static List<string> Lines(IEnumerable<string> lines, Func<string, string> clean) =>
        lines.Select(clean).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
