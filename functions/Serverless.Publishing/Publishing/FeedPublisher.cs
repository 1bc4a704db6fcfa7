using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Publishing.Feeds;
using Serverless.Publishing.Publishing.Site;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing;

/// <summary>Writes one scope's outputs (RSS, Atom, JSON Feed; for all publications also the site index and the stylesheet) from its index.</summary>
public sealed class FeedPublisher(
    PipelineStorage storage, FeedIndexStore indexes, FeedDocumentBuilder documents, IndexPageWriter indexPage,
    IOptions<PublishOptions> options, ILogger<FeedPublisher> logger)
{
    private const int MaxRounds = 10;

    /// <summary>
    /// Writes the outputs of <paramref name="index"/>, then checks that the index is still at <paramref name="etag"/>.
    /// A worker that wrote an older version after a newer one's outputs sees the change and writes again,
    /// so the last outputs written always match the last index, however updates interleave.
    /// </summary>
    public async Task PublishAsync(FeedScope scope, FeedIndex index, ETag? etag, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            await WriteOutputsAsync(scope, index, cancellationToken);
            var current = await indexes.CurrentETagAsync(scope, cancellationToken);
            if (current == etag)
            {
                return;
            }

            if (round == MaxRounds)
            {
                // Under this much contention, the worker that changed the index last re-renders after us anyway.
                logger.LogWarning("Feed {Scope} kept changing while rendering; leaving it to the latest writer", scope.IndexBlobName);
                return;
            }

            (index, etag) = await indexes.ReadAsync(scope, cancellationToken);
        }
    }

    private async Task WriteOutputsAsync(FeedScope scope, FeedIndex index, CancellationToken cancellationToken)
    {
        var document = documents.Build(scope, index);
        var cacheControl = options.Value.FeedCacheControl;
        var writes = new List<Task>
        {
            WriteFeedAsync(scope, FeedFormat.Rss, RssFeedWriter.Write(document), cacheControl, cancellationToken),
            WriteFeedAsync(scope, FeedFormat.Atom, AtomFeedWriter.Write(document), cacheControl, cancellationToken),
            WriteFeedAsync(scope, FeedFormat.Json, JsonFeedWriter.Write(document), cacheControl, cancellationToken),
        };
        if (scope.Publication is null)
        {
            writes.Add(storage.Feed.GetBlobClient(FeedStylesheet.BlobName)
                .WriteIfChangedAsync(FeedStylesheet.Content, ContentTypes.Xslt, cancellationToken, cacheControl: options.Value.PageCacheControl));
            writes.Add(storage.Site.GetBlobClient(PublicLinks.SiteIndexBlob)
                .WriteIfChangedAsync(indexPage.Write(document, index), ContentTypes.Html, cancellationToken, cacheControl: cacheControl));
        }

        await Task.WhenAll(writes);
    }

    private Task<bool> WriteFeedAsync(FeedScope scope, FeedFormat format, BinaryData content, string cacheControl, CancellationToken cancellationToken) =>
        storage.Feed.GetBlobClient(PublicLinks.FeedBlobName(scope, format)).WriteIfChangedAsync(content, format.ContentType, cancellationToken, cacheControl: cacheControl);
}
