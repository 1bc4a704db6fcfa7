using Azure;
using Azure.Storage.Blobs.Models;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing;

/// <summary>Reads and updates the feed index blob with ETag conditions, retrying on conflict.</summary>
public sealed class FeedIndexStore(PipelineStorage storage)
{
    public const string BlobName = "feed-index/all.json";

    public async Task<FeedIndex> UpdateAsync(Func<FeedIndex, FeedIndex> change, CancellationToken cancellationToken)
    {
        var blob = storage.Cache.GetBlobClient(BlobName);
        while (true)
        {
            var (current, etag) = await ReadAsync(cancellationToken);
            var next = change(current);
            var conditions = etag is { } known ? new BlobRequestConditions { IfMatch = known } : new BlobRequestConditions { IfNoneMatch = ETag.All };
            try
            {
                await blob.UploadAsync(ArticleJson.Serialize(next), new BlobUploadOptions
                {
                    Conditions = conditions,
                    HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.Json },
                }, cancellationToken);
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another worker updated the index first: read again and re-apply.
            }
        }
    }

    public async Task<(FeedIndex Index, ETag? ETag)> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var content = await storage.Cache.GetBlobClient(BlobName).DownloadContentAsync(cancellationToken);
            return (ArticleJson.Deserialize<FeedIndex>(content.Value.Content), content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (FeedIndex.Empty, null);
        }
    }
}
