using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Cli.Azurite;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>
/// Storage goes away for 20 s under a running dev host, in the middle of a batch: every connection to Azurite is
/// reset and new ones are refused (<see cref="StorageOutageProxy"/>). The host must keep running (the WebJobs SDK
/// would end the process on a message it cannot delete), leave no error record, and go on publishing. Messages taken
/// during the outage come back only when their 10-minute lease ends: the `outage` drill follows those to the feed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AzuriteOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);
    private AzuriteProcess azurite = null!;
    private StorageOutageProxy proxy = null!;
    private IHost host = null!;

    private PipelineStorage Storage => host.Services.GetRequiredService<PipelineStorage>();

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync(endpoint: null, dataDirectory: null, progress: null, CancellationToken.None);
        proxy = StorageOutageProxy.Start(azurite.Endpoint);
        host = DevHostBuilder.Build(proxy.Endpoint.ConnectionString, LogLevel.Warning);
        await Storage.EnsureContainersAsync(CancellationToken.None);
        await host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await host.StopQuietlyAsync();
        host.Dispose();
        await proxy.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task The_host_keeps_running_through_a_storage_outage_and_publishes_the_pages_that_come_after()
    {
        var before = await UploadAsync("before", 12);
        await RunningDevHost.WaitAsync(async () => (await InFeedAsync(before)) > 0, TimeSpan.FromMinutes(2));

        proxy.BeginOutage();
        var probe = new BlobServiceClient(proxy.Endpoint.ConnectionString, new BlobClientOptions { Retry = { MaxRetries = 0 } });
        await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => probe.GetPropertiesAsync()); // storage is away for the host
        await Task.Delay(Outage);
        proxy.EndOutage();

        var after = await UploadAsync("after", 3);
        await RunningDevHost.WaitAsync(async () => await InFeedAsync(after) == after.Count, TimeSpan.FromMinutes(3));
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        var records = new List<string>();
        foreach (var blob in Storage.Errors.GetBlobs())
        {
            records.Add($"{blob.Name}: {(await Storage.Errors.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content}");
        }

        Assert.True(records.Count == 0, string.Join('\n', records));
    }

    /// <summary>Uploads the sample page under the names, straight to Azurite as a user's own client would; returns each page's first article id.</summary>
    private async Task<List<string>> UploadAsync(string folder, int pages)
    {
        var text = BinaryData.FromBytes(await File.ReadAllBytesAsync(TestPaths.SamplePage));
        var uploads = new BlobServiceClient(azurite.Endpoint.ConnectionString).GetBlobContainerClient(Storage.Pages.Name);
        var firstArticles = new List<string>();
        for (var p = 1; p <= pages; p++)
        {
            var name = $"{folder}/2026-04-18/page-{p:D2}.txt";
            await uploads.GetBlobClient(name).UploadAsync(text, new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["published"] = "2026-04-18" } });
            firstArticles.Add(ArticleIds.ArticleId(ArticleIds.PageId(name), 1));
        }

        return firstArticles;
    }

    /// <summary>How many of the pages (by their first article) are in the feed.</summary>
    private async Task<int> InFeedAsync(List<string> firstArticles)
    {
        var (index, _) = await host.Services.GetRequiredService<FeedIndexStore>().ReadAsync(FeedScope.All, CancellationToken.None);
        var ids = index.Items.Concat(index.Archive).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return firstArticles.Count(ids.Contains);
    }
}
