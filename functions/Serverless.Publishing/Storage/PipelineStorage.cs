using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Serverless.Publishing.Storage;

/// <summary>The pipeline's containers: private ones on the pipeline account, feed and site on the public one.</summary>
public sealed class PipelineStorage(BlobServiceClient pipeline, BlobServiceClient publicSurface, IOptions<StorageOptions> options)
{
    private readonly StorageOptions names = options.Value;

    public BlobContainerClient Pages => pipeline.GetBlobContainerClient(names.PagesContainer);
    public BlobContainerClient Drafts => pipeline.GetBlobContainerClient(names.DraftsContainer);
    public BlobContainerClient Articles => pipeline.GetBlobContainerClient(names.ArticlesContainer);
    public BlobContainerClient Errors => pipeline.GetBlobContainerClient(names.ErrorsContainer);
    public BlobContainerClient Cache => pipeline.GetBlobContainerClient(names.CacheContainer);
    public BlobContainerClient Feed => publicSurface.GetBlobContainerClient(names.FeedContainer);
    public BlobContainerClient Site => publicSurface.GetBlobContainerClient(names.SiteContainer);

    public string DefaultPublication => names.DefaultPublication;

    /// <summary>Creates missing containers; feed and site allow anonymous blob reads.</summary>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken)
    {
        foreach (var container in new[] { Pages, Drafts, Articles, Errors, Cache })
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var container in new[] { Feed, Site })
        {
            await container.CreateIfNotExistsAsync(Azure.Storage.Blobs.Models.PublicAccessType.Blob, cancellationToken: cancellationToken);
        }
    }
}
