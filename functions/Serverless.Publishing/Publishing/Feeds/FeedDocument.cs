namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>The one feed model that RSS, Atom and JSON Feed are written from.</summary>
public sealed record FeedDocument(FeedChannel Channel, IReadOnlyList<FeedItem> Items);

public sealed record FeedChannel(
    FeedScope Scope,
    string Id,
    string Title,
    string Description,
    Uri Link,
    string? Language,
    DateTimeOffset? LastBuilt,
    int TtlMinutes,
    Uri Stylesheet,
    IReadOnlyDictionary<FeedFormat, Uri> Self,
    FeedPaging Paging);

/// <summary>
/// RFC 5005 links of one document. The subscription document names the newest archive page; an archive page names
/// the one before it and the subscription document, and says it is an archive.
/// </summary>
/// <param name="ArchivePage">This document's archive page number; null for the subscription document.</param>
public sealed record FeedPaging(
    int? ArchivePage,
    IReadOnlyDictionary<FeedFormat, Uri>? PrevArchive,
    IReadOnlyDictionary<FeedFormat, Uri>? Current,
    Uri Listing,
    Uri? PrevListing)
{
    public bool IsArchive => ArchivePage is not null;
}

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
    string? Language)
{
    public string? Kicker { get; init; }

    /// <summary>The title alone; <see cref="Title"/> joins kicker and subtitle to it for readers that show one line.</summary>
    public string ArticleTitle { get; init; } = Title;

    public string? Subtitle { get; init; }

    /// <summary>The page date, yyyy-MM-dd.</summary>
    public string PageDate { get; init; } = "";

    public string Publication { get; init; } = "";
}
