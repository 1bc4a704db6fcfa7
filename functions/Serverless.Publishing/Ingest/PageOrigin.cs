using System.Globalization;
using System.Text.RegularExpressions;

namespace Serverless.Publishing.Ingest;

/// <summary>Where a page came from: its blob, publication and date.</summary>
public sealed partial record PageOrigin(string Blob, string Publication, DateOnly Published)
{
    public const string PublishedMetadata = "published";
    public const string PublicationMetadata = "publication";

    /// <summary>Metadata wins; then the blob path (first segment, a yyyy-MM-dd segment); then the fallbacks.</summary>
    public static PageOrigin Resolve(string blobName, IDictionary<string, string> metadata, DateTimeOffset createdOn, string defaultPublication)
    {
        var segments = blobName.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var publication = Metadata(metadata, PublicationMetadata)
            ?? (segments.Length > 1 ? segments[0] : defaultPublication);

        var published = ParseDate(Metadata(metadata, PublishedMetadata))
            ?? segments.Select(s => DatePattern().Match(s)).Where(m => m.Success).Select(m => ParseDate(m.Value)).FirstOrDefault(d => d is not null)
            ?? DateOnly.FromDateTime(createdOn.UtcDateTime);

        return new PageOrigin(blobName, publication, published);
    }

    public string PublishedText => Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Metadata(IDictionary<string, string> metadata, string key) =>
        metadata.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } value
            ? Uri.UnescapeDataString(value.Trim())
            : null;

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DatePattern();
}
