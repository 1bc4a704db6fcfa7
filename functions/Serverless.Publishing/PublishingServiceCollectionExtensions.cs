using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Archive;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>Registers the pipeline's steps and its three stage services; both hosts call this.</summary>
    public static IServiceCollection AddPublishingPipeline(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        services.AddOptions<StageOptions>().BindConfiguration(StageOptions.Section)
            .Validate(o => o.MaxDequeueCount > 0 && o.Timeout > TimeSpan.Zero, "Stages:MaxDequeueCount and Stages:Timeout must be positive.");
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section)
            .Validate(o => o.LatestPublishedDaysAhead >= 0, "Ingest:LatestPublishedDaysAhead must not be negative.")
            .Validate(o => o.MaxPageBytes > 0 && o.MaxArticlesPerPage > 0, "Ingest:MaxPageBytes and Ingest:MaxArticlesPerPage must be positive.");
        services.AddOptions<PublishOptions>().BindConfiguration(PublishOptions.Section)
            .Validate(o => o.MaxItems > 0, "Publishing:MaxItems must be positive.");

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var options = sp.GetRequiredService<IOptions<StorageOptions>>();
            var pipeline = BlobServiceClientFactory.Create(configuration, options.Value.PipelineConnection, options.Value.Retrying(new BlobClientOptions()));
            var publicSurface = BlobServiceClientFactory.TryCreate(configuration, options.Value.PublicConnection, options.Value.Retrying(new BlobClientOptions())) ?? pipeline;
            return new PipelineStorage(pipeline, publicSurface, options);
        });
        services.AddSingleton<ErrorRecorder>();
        services.AddSingleton(sp => new PipelineQueues(
            QueueServiceClientFactory.Create(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<StorageOptions>>().Value),
            sp.GetRequiredService<IOptions<StorageOptions>>()));

        services.AddOptions<SplittingOptions>().BindConfiguration(SplittingOptions.Section);
        services.AddSingleton<IPageSplitter, PageSplitter>();
        services.AddPdfPages();
        services.AddEnrichment();
        services.AddFeedPublishing();

        services.AddSingleton<SplitPageService>();
        services.AddSingleton<EnrichPageService>();
        services.AddSingleton<StageRunner>();
        services.AddSingleton<PageWithdrawals>();
        services.AddSingleton<FeedArchive>();
        services.AddSingleton<PublishFeedService>();
        return services;
    }
}
