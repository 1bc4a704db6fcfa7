using Microsoft.Extensions.Options;
using Serverless.Publishing.Publishing.Archive;
using Serverless.Publishing.Publishing.Feeds;
using Serverless.Publishing.Publishing.Site;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing;

/// <summary>
/// Writes one scope's outputs from its index: RSS, Atom, JSON Feed and the site listing, for the subscription document
/// and the open archive page; for all publications also the OPML list and the stylesheet. A sealed page is written on
/// its own, once, and again only when corrected.
/// </summary>
public sealed class FeedPublisher(
    PipelineStorage storage, FeedDocumentBuilder documents, ListingPageWriter listing, OpmlWriter opml, IOptions<PublishOptions> options)
{
    /// <summary>Renders the outputs of <paramref name="index"/> once; outputs already rendered from a newer version stay.</summary>
    public async Task PublishAsync(FeedScope scope, FeedIndex index, CancellationToken cancellationToken)
    {
        var writes = new List<Task> { WriteAsync(documents.Build(scope, index), index, scope.Publication is null ? index.Publications : [], cancellationToken) };
        if (index.OpenPage is { } open)
        {
            writes.Add(WriteAsync(documents.BuildArchive(scope, open, index with { Items = index.Archive }), index, [], cancellationToken));
        }

        if (scope.Publication is null)
        {
            var settings = options.Value;
            writes.Add(storage.Feed.GetBlobClient(BlobNames.Parse(FeedStylesheet.BlobName))
                .WriteIfChangedAsync(FeedStylesheet.Content, ContentTypes.Xslt, cancellationToken, cacheControl: settings.PageCacheControl));
            writes.Add(storage.Feed.GetBlobClient(BlobNames.Parse(PublicLinks.OpmlBlob))
                .WriteIfChangedAsync(opml.Write(index.Publications, index.LastUpdated), ContentTypes.Opml, cancellationToken, cacheControl: settings.FeedCacheControl));
        }

        await Task.WhenAll(writes);
    }

    /// <summary>Renders a sealed archive page from its own entries.</summary>
    public Task PublishArchiveAsync(FeedScope scope, ArchivePage page, CancellationToken cancellationToken) =>
        WriteAsync(documents.BuildArchive(scope, page.Number, page.Entries), page.Entries, [], cancellationToken);

    private Task WriteAsync(FeedDocument document, FeedIndex source, IReadOnlyList<string> publications, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var scope = document.Channel.Scope;
        var page = document.Channel.Paging.ArchivePage;
        return Task.WhenAll(
            WriteFeedAsync(PublicLinks.FeedBlobName(scope, FeedFormat.Rss, page), RssFeedWriter.Write(document), settings.RssContentType, source, cancellationToken),
            WriteFeedAsync(PublicLinks.FeedBlobName(scope, FeedFormat.Atom, page), AtomFeedWriter.Write(document), FeedFormat.Atom.ContentType, source, cancellationToken),
            WriteFeedAsync(PublicLinks.FeedBlobName(scope, FeedFormat.Json, page), JsonFeedWriter.Write(document), FeedFormat.Json.ContentType, source, cancellationToken),
            storage.Site.GetBlobClient(BlobNames.Parse(PublicLinks.ListingBlobName(scope, page)))
                .WriteIfNewerAsync(listing.Write(document, publications), ContentTypes.Html, settings.FeedCacheControl, source, cancellationToken));
    }

    private Task<bool> WriteFeedAsync(string blobName, BinaryData content, string contentType, FeedIndex source, CancellationToken cancellationToken) =>
        storage.Feed.GetBlobClient(BlobNames.Parse(blobName)).WriteIfNewerAsync(content, contentType, options.Value.FeedCacheControl, source, cancellationToken);
}
