using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Publishing.Ingest;

/// <summary>Where a page came from: its blob, publication and date, and what was doubtful about them.</summary>
public sealed partial record PageOrigin(string Blob, string Publication, DateOnly Published)
{
    public const string PublishedMetadata = "published";
    public const string PublicationMetadata = "publication";

    /// <summary>Why a date was not taken as given (it fell back to the blob's creation date); carried to each article.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// Metadata wins; then the blob path (first segment, a yyyy-MM-dd segment); then the fallbacks. A date that is no
    /// real date within <paramref name="window"/> (default: <see cref="PageDateWindow.Default"/>) is not taken:
    /// the page gets the blob's creation date and a warning.
    /// </summary>
    public static PageOrigin Resolve(
        string blobName, IDictionary<string, string> metadata, DateTimeOffset createdOn, string defaultPublication, PageDateWindow? window = null)
    {
        window ??= PageDateWindow.Default;
        var segments = blobName.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var publication = Metadata(metadata, PublicationMetadata)
            ?? (segments.Length > 1 ? segments[0] : defaultPublication);

        var given = Metadata(metadata, PublishedMetadata) is { } fromMetadata
            ? (Text: fromMetadata, Source: "metadata 'published'")
            : segments.Select(s => DatePattern().Match(s)).Where(m => m.Success).Select(m => (Text: m.Value, Source: "the blob path")).FirstOrDefault();
        var created = DateOnly.FromDateTime(createdOn.UtcDateTime);
        if (given.Text is null)
        {
            return new PageOrigin(blobName, publication, created);
        }

        if (window.ProblemOf(given.Text) is { } problem)
        {
            var warning = $"The page date from {given.Source} was not used: {problem}. The blob's creation date {created.ToString(PageDateWindow.Format, CultureInfo.InvariantCulture)} was used instead.";
            return new PageOrigin(blobName, publication, created) { Warnings = [warning] };
        }

        return new PageOrigin(blobName, publication, DateOnly.ParseExact(given.Text, PageDateWindow.Format, CultureInfo.InvariantCulture));
    }

    public string PublishedText => Published.ToString(PageDateWindow.Format, CultureInfo.InvariantCulture);

    private static string? Metadata(IDictionary<string, string> metadata, string key) =>
        metadata.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } value
            ? Uri.UnescapeDataString(value.Trim())
            : null;

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DatePattern();
}
