using System.Text;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>
/// The publishing services as the hosts build them, against a test's Azurite, on containers of their own
/// (a random suffix) so tests sharing one Azurite never see each other's blobs.
/// </summary>
internal sealed class PublishingHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private PublishingHost(ServiceProvider services, BlobServiceClient uncounted)
    {
        this.services = services;
        Uncounted = uncounted;
    }

    public PipelineStorage Storage => services.GetRequiredService<PipelineStorage>();

    public PublishFeedService Publisher => services.GetRequiredService<PublishFeedService>();

    public FeedIndexStore Indexes => services.GetRequiredService<FeedIndexStore>();

    /// <summary>A client outside the counted pipeline, for seeding and inspecting.</summary>
    public BlobServiceClient Uncounted { get; }

    /// <summary>The pipeline's connection, and containers and queues of its own (a random suffix) on a shared Azurite.</summary>
    public static Dictionary<string, string?> IsolatedSettings(string connectionString)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return new Dictionary<string, string?>
        {
            [ConnectionNames.Pipeline] = connectionString,
            ["Storage:PagesContainer"] = $"pages-{suffix}",
            ["Storage:DraftsContainer"] = $"drafts-{suffix}",
            ["Storage:ArticlesContainer"] = $"articles-{suffix}",
            ["Storage:FeedContainer"] = $"feed-{suffix}",
            ["Storage:SiteContainer"] = $"site-{suffix}",
            ["Storage:ErrorsContainer"] = $"errors-{suffix}",
            ["Storage:CacheContainer"] = $"cache-{suffix}",
            ["Storage:PageEventsQueue"] = $"events-{suffix}",
            ["Storage:EnrichQueue"] = $"enrich-{suffix}",
            ["Storage:PublishQueue"] = $"publish-{suffix}",
        };
    }

    public static async Task<PublishingHost> StartAsync(
        AzuriteFixture azurite, IDictionary<string, string?>? settings = null, RequestCounter? counter = null, CancellationToken cancellationToken = default)
    {
        var values = IsolatedSettings(azurite.ConnectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddPublishingPipeline();
        if (counter is not null)
        {
            var options = new BlobClientOptions();
            options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
            var counted = new BlobServiceClient(azurite.ConnectionString, options);
            collection.AddSingleton(sp => new PipelineStorage(counted, counted, sp.GetRequiredService<IOptions<StorageOptions>>()));
        }

        var host = new PublishingHost(collection.BuildServiceProvider(validateScopes: true), azurite.Blobs);
        await host.Storage.EnsureContainersAsync(cancellationToken);
        return host;
    }

    public async Task UploadAsync(Article article, CancellationToken cancellationToken = default) =>
        await Uncounted.GetBlobContainerClient(Storage.Articles.Name)
            .GetBlobClient(EnrichPageService.ArticleName(article.Id))
            .UploadAsync(ArticleJson.Serialize(article), overwrite: true, cancellationToken);

    public async Task PublishAsync(Article article, CancellationToken cancellationToken = default)
    {
        await UploadAsync(article, cancellationToken);
        await Publisher.PublishAsync(EnrichPageService.ArticleName(article.Id), cancellationToken);
    }

    /// <summary>Every blob of the public containers with its ETag, to tell whether anything was rewritten.</summary>
    public async Task<Dictionary<string, string>> PublicETagsAsync(CancellationToken cancellationToken = default)
    {
        var etags = new Dictionary<string, string>();
        foreach (var container in new[] { Storage.Feed.Name, Storage.Site.Name })
        {
            await foreach (var blob in Uncounted.GetBlobContainerClient(container).GetBlobsAsync(cancellationToken: cancellationToken))
            {
                etags[$"{container}/{blob.Name}"] = blob.Properties.ETag.ToString()!;
            }
        }

        return etags;
    }

    public async Task<string> ReadTextAsync(BlobContainerClient container, string name, CancellationToken cancellationToken = default)
    {
        var content = await Uncounted.GetBlobContainerClient(container.Name).GetBlobClient(name).DownloadContentAsync(cancellationToken);
        return Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span);
    }

    public async Task<BlobProperties> PropertiesAsync(BlobContainerClient container, string name, CancellationToken cancellationToken = default) =>
        (await Uncounted.GetBlobContainerClient(container.Name).GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
