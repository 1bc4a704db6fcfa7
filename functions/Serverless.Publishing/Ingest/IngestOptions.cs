namespace Serverless.Publishing.Ingest;

/// <summary>What the pipeline accepts from an uploaded page, bound from the "Ingest" configuration section.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The earliest page date accepted; earlier dates fall back to the blob's creation date with a warning.</summary>
    public DateOnly EarliestPublished { get; set; } = new(1800, 1, 1);

    /// <summary>How many days after today a page date may lie (time zones, pages printed for tomorrow).</summary>
    public int LatestPublishedDaysAhead { get; set; } = 2;

    /// <summary>The largest page accepted, in bytes, checked from the blob's properties before anything is downloaded.</summary>
    public long MaxPageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most articles one page may split into; a page beyond it is refused rather than half published.</summary>
    public int MaxArticlesPerPage { get; set; } = 500;

    /// <summary>The longest title kept; a longer one is body text the splitter could not cut (HeadlineGuard).</summary>
    public int MaxTitleLength { get; set; } = Articles.HeadlineGuard.DefaultMaxTitleLength;

    /// <summary>The longest line read as it is; a longer one (text with its line breaks lost) is wrapped into body-width lines first.</summary>
    public int MaxLineLength { get; set; } = 1_000;

    /// <summary>The most characters of an article sent to text analysis; the rest is published but not analysed.</summary>
    public int MaxAnalysisChars { get; set; } = 50_000;

    public PageDateWindow DateWindow(TimeProvider clock) =>
        new(EarliestPublished, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(LatestPublishedDaysAhead));
}
