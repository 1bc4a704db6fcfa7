using System.Globalization;

namespace Serverless.Publishing.Publishing;

/// <summary>How an article's headline reads on one line, and whether its language is written without spaces.</summary>
public static class Headline
{
    /// <summary>
    /// Readers show a title as one plain line, so kicker and subtitle join the title with the
    /// separators each language uses: "引题｜主题——副题" in Chinese and Japanese, "Kicker | Title — Subtitle" elsewhere.
    /// </summary>
    public static string Compose(FeedEntry entry)
    {
        var cjk = IsUnspaced(entry.Language);
        var title = entry.Title;
        if (entry.Kicker is { } kicker)
        {
            title = kicker + (cjk ? "｜" : " | ") + title;
        }

        if (entry.Subtitle is { } subtitle)
        {
            title += (cjk ? "——" : " — ") + subtitle;
        }

        return title;
    }

    /// <summary>Chinese and Japanese sentences join without spaces.</summary>
    public static bool IsUnspaced(string? language) =>
        language is not null && (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ja", StringComparison.OrdinalIgnoreCase));

    /// <summary>The summary as one text, else the opening of the first paragraph.</summary>
    public static string Summary(FeedEntry entry, int maxLength = 200)
    {
        if (entry.Summary.Count > 0)
        {
            return string.Join(IsUnspaced(entry.Language) ? "" : " ", entry.Summary);
        }

        var opening = entry.Paragraphs.Count > 0 ? entry.Paragraphs[0] : "";
        var cut = opening.Length <= maxLength ? opening.Length : StringInfo.ParseCombiningCharacters(opening).LastOrDefault(i => i <= maxLength);
        return cut >= opening.Length ? opening : opening[..cut] + "…";
    }
}
