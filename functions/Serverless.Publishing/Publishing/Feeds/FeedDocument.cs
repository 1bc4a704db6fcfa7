namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>The one feed model that RSS, Atom and JSON Feed are written from.</summary>
public sealed record FeedDocument(FeedChannel Channel, IReadOnlyList<FeedItem> Items);

public sealed record FeedChannel(
    string Id,
    string Title,
    string Description,
    Uri Link,
    string? Language,
    DateTimeOffset? LastBuilt,
    int TtlMinutes,
    Uri Stylesheet,
    IReadOnlyDictionary<FeedFormat, Uri> Self);

public sealed record FeedItem(
    string Id,
    string Title,
    Uri Link,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string Summary,
    string ContentHtml,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Categories,
    string? Language);
