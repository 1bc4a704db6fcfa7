namespace Serverless.Publishing.Publishing;

/// <summary>Feed settings, bound from the "Publishing" configuration section.</summary>
public sealed class PublishOptions
{
    public const string Section = "Publishing";

    public string Title { get; set; } = "Serverless news";
    public string Description { get; set; } = "Articles split from newspaper pages.";

    /// <summary>How many of the newest articles the feed holds.</summary>
    public int MaxItems { get; set; } = 50;

    /// <summary>Base URL of the public surface; defaults to the public account's blob endpoint.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Offset of the publications' time zone, used for pubDate of a page date.</summary>
    public TimeSpan TimeZoneOffset { get; set; } = TimeSpan.FromHours(8);
}
