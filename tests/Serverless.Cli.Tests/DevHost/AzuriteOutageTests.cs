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
/// Azurite killed for 20 s under a running dev host and started again on the same ports and data. The host must keep
/// running (the WebJobs SDK would end the process on a message it cannot delete) and go on publishing. Messages taken
/// before the outage come back only when their 10-minute lease ends: `bench outage` follows those to the feed.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AzuriteOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);
    private readonly string data = Directory.CreateTempSubdirectory("azurite-outage-").FullName;
    private AzuriteProcess azurite = null!;
    private IHost host = null!;

    private PipelineStorage Storage => host.Services.GetRequiredService<PipelineStorage>();

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync(endpoint: null, data, progress: null, CancellationToken.None);
        host = DevHostBuilder.Build(azurite.Endpoint.ConnectionString, LogLevel.Warning);
        await Storage.EnsureContainersAsync(CancellationToken.None);
        await host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await host.StopQuietlyAsync();
        host.Dispose();
        await azurite.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task The_host_keeps_running_through_a_storage_outage_and_publishes_the_pages_that_come_after()
    {
        var before = await UploadAsync("before", 12);
        await RunningDevHost.WaitAsync(async () => (await InFeedAsync(before)) > 0, TimeSpan.FromMinutes(2));

        var endpoint = azurite.Endpoint;
        await azurite.DisposeAsync();
        await Task.Delay(Outage);
        azurite = await AzuriteProcess.StartAsync(endpoint, data, progress: null, CancellationToken.None);

        var after = await UploadAsync("after", 3);
        await RunningDevHost.WaitAsync(async () => await InFeedAsync(after) == after.Count, TimeSpan.FromMinutes(3));
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Empty(Storage.Errors.GetBlobs());
    }

    private async Task<List<string>> UploadAsync(string folder, int pages)
    {
        var text = BinaryData.FromBytes(await File.ReadAllBytesAsync(Path.Combine(TestPaths.Repository, "samples", "pages", "000_0bbe263f9c83fcef.txt")));
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

    /// <summary>How many of the pages (by their first article) are in the feed; none while storage is away.</summary>
    private async Task<int> InFeedAsync(List<string> firstArticles)
    {
        try
        {
            var (index, _) = await host.Services.GetRequiredService<FeedIndexStore>().ReadAsync(FeedScope.All, CancellationToken.None);
            var ids = index.Items.Concat(index.Archive).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            return firstArticles.Count(ids.Contains);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException)
        {
            return 0;
        }
    }
}
