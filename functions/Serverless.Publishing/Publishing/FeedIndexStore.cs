using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Serverless.Publishing.Articles;
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
    public async Task<FeedIndex> UpdateAsync(FeedScope scope, Func<FeedIndex, FeedIndex> change, CancellationToken cancellationToken)
    {
        var blob = Blob(scope);
        for (var attempt = 1; ; attempt++)
        {
            var (current, etag) = await ReadAsync(scope, cancellationToken);
            if (etag is null)
            {
                current = FeedIndex.Create();
            }

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
                // Another worker changed the index since we read it: back off a little (jittered, so racers spread out), re-read, re-apply.
                logger.LogDebug("Feed index {Index} changed under attempt {Attempt}; retrying", scope.IndexBlobName, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(attempt, 10))), cancellationToken);
            }
        }
    }

    public Task<(FeedIndex Index, ETag? ETag)> ReadAsync(CancellationToken cancellationToken) => ReadAsync(FeedScope.All, cancellationToken);

    public async Task<(FeedIndex Index, ETag? ETag)> ReadAsync(FeedScope scope, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Blob(scope).DownloadContentAsync(cancellationToken);
            var index = content.Value.Content.ToObjectFromJson<FeedIndex>(Json) ?? FeedIndex.Empty;
            return (index, content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (FeedIndex.Empty, null);
        }
    }

    private BlobClient Blob(FeedScope scope) => storage.Cache.GetBlobClient(BlobNames.Parse(scope.IndexBlobName));
}
