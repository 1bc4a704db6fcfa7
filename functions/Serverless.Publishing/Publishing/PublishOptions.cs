using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing;

/// <summary>Feed and site settings, bound from the "Publishing" configuration section.</summary>
public sealed class PublishOptions
{
    public const string Section = "Publishing";

    public string Title { get; set; } = "Serverless news";
    public string Description { get; set; } = "Articles split from newspaper pages.";

    /// <summary>Channel language of the all-publications feed; null takes the most common article language.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// How many of the newest articles each subscription document and site index hold: a whole day's issue (20 pages of
    /// up to 15 articles), so a reader polling once a day misses nothing even without following the archive.
    /// </summary>
    public int MaxItems { get; set; } = 300;

    /// <summary>Articles per archive page (RFC 5005); a full page never changes again but for corrections and withdrawals.</summary>
    public int ArchivePageSize { get; set; } = FeedLimits.DefaultArchivePageSize;

    public FeedLimits Limits() => new(MaxItems, ArchivePageSize);

    /// <summary>Base URL of the public surface (feed and site containers below it); defaults to the public account's blob endpoint.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Time zone of a page date: a UTC offset ("+08:00") or a time zone id ("Asia/Shanghai").</summary>
    public string TimeZone { get; set; } = "+08:00";

    /// <summary>RSS ttl: minutes a reader may cache the feed.</summary>
    public int TtlMinutes { get; set; } = 30;

    /// <summary>
    /// Content-Type of rss.xml. Feed readers expect application/rss+xml; Chromium shows that type as plain text and
    /// applies the rss.xsl stylesheet only to XML types, so "application/xml; charset=utf-8" gives browsers the readable page instead.
    /// </summary>
    public string RssContentType { get; set; } = ContentTypes.Rss;

    /// <summary>Cache-Control of feeds and the site index, which change with every article.</summary>
    public string FeedCacheControl { get; set; } = "public, max-age=300";

    /// <summary>Cache-Control of article pages, which change only when a page is corrected.</summary>
    public string PageCacheControl { get; set; } = "public, max-age=3600";

    /// <summary>Per-publication overrides, keyed by publication name.</summary>
    public Dictionary<string, PublicationOptions> Publications { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The time zone id or offset of a publication, falling back to <see cref="TimeZone"/>.</summary>
    public string TimeZoneOf(string publication) =>
        Publications.TryGetValue(publication, out var settings) && !string.IsNullOrWhiteSpace(settings.TimeZone) ? settings.TimeZone : TimeZone;
}

/// <summary>Settings of one publication's feed.</summary>
public sealed class PublicationOptions
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Language { get; set; }
    public string? TimeZone { get; set; }
}
