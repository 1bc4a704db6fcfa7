using Microsoft.Extensions.Options;
using Serverless.Publishing.Publishing.Feeds;
using Serverless.Publishing.Publishing.Site;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing;

/// <summary>Writes one scope's outputs (RSS, Atom, JSON Feed; for all publications also the site index and the stylesheet) from its index.</summary>
public sealed class FeedPublisher(
    PipelineStorage storage, FeedDocumentBuilder documents, IndexPageWriter indexPage, IOptions<PublishOptions> options)
{
    /// <summary>Renders the outputs of <paramref name="index"/> once; outputs already rendered from a newer version stay.</summary>
    public async Task PublishAsync(FeedScope scope, FeedIndex index, CancellationToken cancellationToken)
    {
        var document = documents.Build(scope, index);
        var cacheControl = options.Value.FeedCacheControl;
        var writes = new List<Task>
        {
            WriteFeedAsync(scope, FeedFormat.Rss, RssFeedWriter.Write(document), index, cancellationToken),
            WriteFeedAsync(scope, FeedFormat.Atom, AtomFeedWriter.Write(document), index, cancellationToken),
            WriteFeedAsync(scope, FeedFormat.Json, JsonFeedWriter.Write(document), index, cancellationToken),
        };
        if (scope.Publication is null)
        {
            writes.Add(storage.Feed.GetBlobClient(BlobNames.Parse(FeedStylesheet.BlobName))
                .WriteIfChangedAsync(FeedStylesheet.Content, ContentTypes.Xslt, cancellationToken, cacheControl: options.Value.PageCacheControl));
            writes.Add(storage.Site.GetBlobClient(BlobNames.Parse(PublicLinks.SiteIndexBlob))
                .WriteIfNewerAsync(indexPage.Write(document, index), ContentTypes.Html, cacheControl, index, cancellationToken));
        }

        await Task.WhenAll(writes);
    }

    private Task<bool> WriteFeedAsync(FeedScope scope, FeedFormat format, BinaryData content, FeedIndex index, CancellationToken cancellationToken) =>
        storage.Feed.GetBlobClient(BlobNames.Parse(PublicLinks.FeedBlobName(scope, format)))
            .WriteIfNewerAsync(content, format == FeedFormat.Rss ? options.Value.RssContentType : format.ContentType, options.Value.FeedCacheControl, index, cancellationToken);
}
