using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Enrichment.Caching;

/// <summary>
/// The blob cache wherever the pipeline's storage is configured; otherwise (the CLI's storage-free "split --enrich")
/// a process-local cache, so that analysis never requires storage.
/// </summary>
internal static class AnalysisCacheSelection
{
    public static IAnalysisCache Create(IServiceProvider services)
    {
        var configuration = services.GetService<IConfiguration>();
        var connection = services.GetService<IOptions<StorageOptions>>()?.Value.PipelineConnection ?? ConnectionNames.Pipeline;
        var storageConfigured = configuration is not null && BlobServiceClientFactory.TryCreate(configuration, connection) is not null;
        return storageConfigured && services.GetService<PipelineStorage>() is { } storage
            ? new BlobAnalysisCache(storage)
            : new InMemoryAnalysisCache();
    }
}
