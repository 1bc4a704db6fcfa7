using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Enrichment.Caching;

/// <summary>Analyses as JSON blobs in the pipeline's cache container, named by <see cref="AnalysisCacheKey.BlobName"/>.</summary>
public sealed class BlobAnalysisCache(PipelineStorage storage) : IAnalysisCache
{
    public async Task<TextAnalysis?> GetAsync(AnalysisCacheKey key, CancellationToken cancellationToken)
    {
        try
        {
            var content = await storage.Cache.GetBlobClient(BlobNames.Parse(key.BlobName)).DownloadContentAsync(cancellationToken);
            return ArticleJson.Deserialize<TextAnalysis>(content.Value.Content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (JsonException)
        {
            return null; // unreadable entry: analyse again and overwrite it
        }
    }

    public async Task SetAsync(AnalysisCacheKey key, TextAnalysis analysis, CancellationToken cancellationToken)
    {
        var blob = storage.Cache.GetBlobClient(BlobNames.Parse(key.BlobName));
        var upload = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.Json } };
        try
        {
            await blob.UploadAsync(ArticleJson.Serialize(analysis), upload, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            await storage.Cache.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await blob.UploadAsync(ArticleJson.Serialize(analysis), upload, cancellationToken);
        }
    }
}
