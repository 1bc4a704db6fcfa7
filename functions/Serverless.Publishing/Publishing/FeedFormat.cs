using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing;

/// <summary>The three feed formats, each a blob in every feed folder.</summary>
public sealed record FeedFormat(string FileName, string ContentType, string MediaType)
{
    public static FeedFormat Rss { get; } = new("rss.xml", ContentTypes.Rss, "application/rss+xml");
    public static FeedFormat Atom { get; } = new("atom.xml", ContentTypes.Atom, "application/atom+xml");
    public static FeedFormat Json { get; } = new("feed.json", ContentTypes.JsonFeed, "application/feed+json");

    public static IReadOnlyList<FeedFormat> All { get; } = [Rss, Atom, Json];
}
