using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Benchmarks.Pipeline;
using Serverless.Cli.Azurite;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Storage;

namespace Serverless.Benchmarks.Faults;

/// <summary>Azurite on a data folder (so that it can stop and start again), the dev host as a process, and the clients to watch them.</summary>
public sealed class DrillRun : IAsyncDisposable
{
    private const string Page = "000_0bbe263f9c83fcef";
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly IHost clients;
    private readonly TextWriter output;

    private DrillRun(AzuriteProcess azurite, string data, IHost clients, TextWriter output)
    {
        Azurite = azurite;
        Data = data;
        this.clients = clients;
        this.output = output;
        Log = Path.Combine(data, "dev-host.log");
        StartHost();
    }

    public AzuriteProcess Azurite { get; set; }

    public string Data { get; }

    public string AzuriteData => Path.Combine(Data, "azurite");

    public string Log { get; }

    public DevHostProcess Host { get; private set; } = null!;

    public PipelineStorage Storage => clients.Services.GetRequiredService<PipelineStorage>();

    public FeedIndexStore Indexes => clients.Services.GetRequiredService<FeedIndexStore>();

    /// <summary>Each uploaded page blob's MD5, to show that no page was altered.</summary>
    public Dictionary<string, string> Uploaded { get; } = new(StringComparer.Ordinal);

    public string Clock => $"t+{clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";

    public static async Task<DrillRun> StartAsync(TextWriter output)
    {
        var data = Directory.CreateTempSubdirectory("fault-drill-").FullName;
        var azurite = await AzuriteProcess.StartAsync(endpoint: null, Path.Combine(data, "azurite"), progress: null, CancellationToken.None);
        // The dev host's own configuration, never started: its clients and names, for watching.
        var clients = DevHostBuilder.Build(azurite.Endpoint.ConnectionString, LogLevel.Warning);
        await clients.Services.GetRequiredService<PipelineStorage>().EnsureContainersAsync(CancellationToken.None);
        output.WriteLine($"Azurite at {azurite.Endpoint.BlobUri} (data in {data}), dev host: serverless run");
        return new DrillRun(azurite, data, clients, output);
    }

    public void StartHost()
    {
        Host?.Dispose();
        Host = DevHostProcess.Start(Azurite.Endpoint.ConnectionString, Log);
    }

    /// <summary>Uploads the sample page under <paramref name="pages"/> names, as a user would; returns the article ids expected.</summary>
    public async Task<List<string>> UploadAsync(int pages)
    {
        var samples = Path.Combine(RepositoryRoot.Find(), "samples", "pages");
        var text = await File.ReadAllBytesAsync(Path.Combine(samples, Page + ".txt"));
        using var expectedSplit = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(samples, Page + ".expected.json")));
        var perPage = expectedSplit.RootElement.GetProperty("articles").GetArrayLength();
        var uploads = new BlobServiceClient(Azurite.Endpoint.ConnectionString).GetBlobContainerClient(Storage.Pages.Name);
        var expected = new List<string>();
        for (var p = 1; p <= pages; p++)
        {
            var name = $"drill/2026-04-18/page-{p:D2}.txt";
            await uploads.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(text),
                new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["published"] = "2026-04-18" } });
            Uploaded[name] = Convert.ToHexString(MD5.HashData(text));
            expected.AddRange(Enumerable.Range(1, perPage).Select(o => ArticleIds.ArticleId(ArticleIds.PageId(name), o)));
        }

        return expected;
    }

    /// <summary>Polls the feed's archive chain until <paramref name="enough"/> holds for the expected articles in it, or the bound passes.</summary>
    public async Task<int> WaitAsync(IReadOnlyList<string> expected, Func<int, bool> enough, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        var inFeed = 0;
        while (watch.Elapsed < bound)
        {
            inFeed = await InFeedAsync(expected);
            if (enough(inFeed))
            {
                break;
            }

            if (watch.Elapsed - reported > TimeSpan.FromSeconds(30))
            {
                reported = watch.Elapsed;
                output.WriteLine($"{Clock}: {inFeed}/{expected.Count} articles in the feed; queues {await QueuesAsync()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        return inFeed;
    }

    private async Task<int> InFeedAsync(IReadOnlyList<string> expected)
    {
        try
        {
            var chain = await ArchiveChainCount.CountAsync(Indexes, CancellationToken.None);
            return expected.Count(chain.ContainsKey);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            return 0; // no feed yet, or storage away (retries exhausted)
        }
    }

    private async Task<string> QueuesAsync()
    {
        try
        {
            var counts = new List<string>();
            foreach (var queue in clients.Services.GetRequiredService<PipelineQueues>().All)
            {
                counts.Add($"{queue.Name} {(await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount}");
            }

            return string.Join(", ", counts);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            return $"unreadable ({(ex as RequestFailedException)?.ErrorCode ?? ex.GetType().Name})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        clients.Dispose();
        await Azurite.DisposeAsync();
    }
}
