using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1).</summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // CJK and emoji as characters; content_html is already HTML-escaped text inside a JSON string.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static BinaryData Write(FeedDocument document)
    {
        var channel = document.Channel;
        var feed = new JsonFeed(
            Version,
            channel.Title,
            channel.Link.AbsoluteUri,
            channel.Self[FeedFormat.Json].AbsoluteUri,
            channel.Description,
            channel.Language,
            // JSON Feed pages with next_url: the next older items, i.e. RFC 5005's prev-archive.
            channel.Paging.PrevArchive?[FeedFormat.Json].AbsoluteUri,
            document.Items.Select(i => new JsonFeedItem(
                i.Id,
                i.Link.AbsoluteUri,
                i.Title,
                i.ContentHtml,
                i.Summary,
                i.Published,
                i.Updated,
                i.Authors.Count > 0 ? i.Authors.Select(a => new JsonFeedAuthor(a)).ToList() : null,
                i.Categories.Count > 0 ? i.Categories : null,
                i.Language)).ToList());
        return BinaryData.FromObjectAsJson(feed, Options);
    }

    private sealed record JsonFeed(
        string Version,
        string Title,
        string HomePageUrl,
        string FeedUrl,
        string Description,
        string? Language,
        string? NextUrl,
        IReadOnlyList<JsonFeedItem> Items);

    private sealed record JsonFeedItem(
        string Id,
        string Url,
        string Title,
        string ContentHtml,
        string Summary,
        DateTimeOffset DatePublished,
        DateTimeOffset DateModified,
        IReadOnlyList<JsonFeedAuthor>? Authors,
        IReadOnlyList<string>? Tags,
        string? Language);

    private sealed record JsonFeedAuthor(string Name);
}
