using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Publishing.Archive;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing;

/// <summary>
/// Reads and changes the feed index blobs (cache/feed-index/...) with optimistic concurrency:
/// every write is conditional on the ETag that was read, and a lost race re-reads and re-applies.
/// </summary>
public sealed class FeedIndexStore(PipelineStorage storage, ILogger<FeedIndexStore> logger)
{
    private const int MaxAttempts = 100;

    // Compact: the index is read and written on every update.
    private static readonly JsonSerializerOptions Json = new(ArticleJson.Options) { WriteIndented = false };

    /// <summary>Applies <paramref name="change"/> until it lands on the version it was computed from. A change that returns its input writes nothing.</summary>
    /// <returns>The index as stored.</returns>
    public Task<FeedIndex> UpdateAsync(FeedScope scope, Func<FeedIndex, FeedIndex> change, CancellationToken cancellationToken) =>
        UpdateAsync(scope.IndexBlobName, change, cancellationToken);

    /// <summary>The same for any index-shaped blob: a feed's state or a sealed archive page.</summary>
    public Task<FeedIndex> UpdateAsync(string indexBlobName, Func<FeedIndex, FeedIndex> change, CancellationToken cancellationToken) =>
        UpdateJsonAsync(indexBlobName, FeedIndex.Create, change, cancellationToken);

    /// <summary>Changes a page's archive locator (a few ids: kept even when empty).</summary>
    public Task<ArchiveLocator> UpdateLocatorAsync(FeedScope scope, string pageId, Func<ArchiveLocator, ArchiveLocator> change, CancellationToken cancellationToken) =>
        UpdateJsonAsync(scope.LocatorBlobName(pageId), () => ArchiveLocator.Empty, change, cancellationToken);

    public async Task<ArchiveLocator> ReadLocatorAsync(FeedScope scope, string pageId, CancellationToken cancellationToken) =>
        (await ReadJsonAsync<ArchiveLocator>(scope.LocatorBlobName(pageId), cancellationToken)).Value ?? ArchiveLocator.Empty;

    private async Task<T> UpdateJsonAsync<T>(string blobName, Func<T> create, Func<T, T> change, CancellationToken cancellationToken)
        where T : class
    {
        var blob = Blob(blobName);
        for (var attempt = 1; ; attempt++)
        {
            var (stored, etag) = await ReadJsonAsync<T>(blobName, cancellationToken);
            var current = etag is null || stored is null ? create() : stored;
            var next = change(current);
            if (ReferenceEquals(next, current))
            {
                return current;
            }

            try
            {
                await blob.UploadAsync(BinaryData.FromObjectAsJson(next, Json), new BlobUploadOptions
                {
                    Conditions = etag is { } known ? new BlobRequestConditions { IfMatch = known } : new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.Json },
                }, cancellationToken);
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another worker changed the blob since we read it: back off a little (jittered, so racers spread out), re-read, re-apply.
                logger.LogDebug("Feed index {Index} changed under attempt {Attempt}; retrying", blobName, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(attempt, 10))), cancellationToken);
            }
        }
    }

    private async Task<(T? Value, ETag? ETag)> ReadJsonAsync<T>(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Blob(blobName).DownloadContentAsync(cancellationToken);
            return (content.Value.Content.ToObjectFromJson<T>(Json), content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (default, null);
        }
    }

    public Task<(FeedIndex Index, ETag? ETag)> ReadAsync(CancellationToken cancellationToken) => ReadAsync(FeedScope.All, cancellationToken);

    public Task<(FeedIndex Index, ETag? ETag)> ReadAsync(FeedScope scope, CancellationToken cancellationToken) => ReadAsync(scope.IndexBlobName, cancellationToken);

    public async Task<(FeedIndex Index, ETag? ETag)> ReadAsync(string indexBlobName, CancellationToken cancellationToken)
    {
        var (index, etag) = await ReadJsonAsync<FeedIndex>(indexBlobName, cancellationToken);
        return (index ?? FeedIndex.Empty, etag);
    }

    /// <summary>Writes <paramref name="index"/> unless the blob exists: a sealed page's first write, repeated harmlessly after a crash.</summary>
    /// <returns>Whether it was written.</returns>
    public async Task<bool> CreateAsync(string indexBlobName, FeedIndex index, CancellationToken cancellationToken)
    {
        try
        {
            await Blob(indexBlobName).UploadAsync(BinaryData.FromObjectAsJson(index, Json), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.Json },
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private BlobClient Blob(string indexBlobName) => storage.Cache.GetBlobClient(BlobNames.Parse(indexBlobName));
}
