using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Articles;

/// <summary>
/// Last checks on a split article's headline before it becomes a draft: bidi overrides and isolates are removed from
/// kicker, title and subtitle (they reorder what a reader sees), and a title over the length limit is text the splitter
/// could not cut, so it goes back into the body (cleaned as body text: a headline keeps the spaces between parallel
/// phrases, a body keeps none next to CJK characters) and a shorter title is generated from its start.
/// </summary>
public static class HeadlineGuard
{
    public const int DefaultMaxTitleLength = 300;

    public static SplitArticle Apply(SplitArticle article, int maxTitleLength = DefaultMaxTitleLength)
    {
        var title = Neutralise(article.Title);
        var guarded = article with { Kicker = NeutraliseOrNull(article.Kicker), Title = title, Subtitle = NeutraliseOrNull(article.Subtitle) };
        return title.Length <= maxTitleLength
            ? guarded
            : guarded with { Title = Cut(title, maxTitleLength), TitleSource = TitleSource.Generated, Paragraphs = [Despacer.Body(title), .. article.Paragraphs] };
    }

    /// <summary>The text without U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates).</summary>
    public static string Neutralise(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0
            ? text
            : string.Concat(text.Where(c => c is not (>= '\u202A' and <= '\u202E') and not (>= '\u2066' and <= '\u2069')));

    private static string? NeutraliseOrNull(string? text) => text is null ? null : Neutralise(text);

    /// <summary>At most <paramref name="max"/> characters with the ellipsis: at the last space when the text has one near the end, never inside a surrogate pair.</summary>
    private static string Cut(string text, int max)
    {
        var end = max - 1;
        if (char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        var space = text.LastIndexOf(' ', end - 1, Math.Min(end, 40));
        return string.Concat(text.AsSpan(0, space > 0 ? space : end).TrimEnd(), "…");
    }
}
