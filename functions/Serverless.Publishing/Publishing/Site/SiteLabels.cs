using System.Globalization;

namespace Serverless.Publishing.Publishing.Site;

/// <summary>The few words the pages print themselves, in the article's language (Chinese or English).</summary>
public sealed record SiteLabels(
    string KeyPhrases, string AllArticles, string Feeds, string Newest, string AuthorSeparator, string DateFormat,
    string Older, string ArchivePage, string Publications)
{
    public static SiteLabels English { get; } = new("Key phrases", "All articles", "Feeds", "Newest articles", ", ", "d MMMM yyyy", "Older articles", "Archive, page {0}", "Publications");
    public static SiteLabels Chinese { get; } = new("关键词", "全部文章", "订阅", "最新文章", "、", "yyyy年M月d日", "更早的文章", "存档 第{0}页", "报刊");

    public string Archive(int page) => string.Format(CultureInfo.InvariantCulture, ArchivePage, page);

    public static SiteLabels For(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    public string Date(string published) =>
        DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(DateFormat, CultureInfo.InvariantCulture)
            : published;
}
