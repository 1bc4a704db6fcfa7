using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Cli.Azurite;
using Serverless.Publishing;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Benchmarks;

/// <summary>
/// Time to publish one new article into full feeds (50 items) with 100 or 10,000 articles in the archive, against Azurite.
/// Run: dotnet run -c Release --project tests/Serverless.Benchmarks -- --filter '*FeedUpdate*'
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class FeedUpdateBenchmarks
{
    private AzuriteProcess? azurite;
    private ServiceProvider? services;
    private PublishFeedService? publisher;
    private BlobContainerClient? articles;
    private readonly RequestCounter counter = new();
    private int next;
    private string current = "";
    private int updates;

    [Params(100, 10_000)]
    public int Archived { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void NextArticle()
    {
        var article = Article(next++);
        current = $"{article.Id}.json";
        articles!.GetBlobClient(current).Upload(ArticleJson.Serialize(article), overwrite: true);
        counter.Count = 0;
    }

    [Benchmark]
    public async Task PublishOneArticle()
    {
        await publisher!.PublishAsync(current, CancellationToken.None);
        updates++;
    }

    [IterationCleanup]
    public void Record() => counter.Total += counter.Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// Archive {Archived}: {(double)counter.Total / Math.Max(updates, 1):0.0} storage requests per update ({updates} updates)");
        services?.Dispose();
        azurite?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private async Task SetupAsync()
    {
        azurite = await AzuriteProcess.StartAsync(endpoint: null, dataDirectory: null, progress: null, CancellationToken.None);
        var options = new BlobClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        var blobs = new BlobServiceClient(azurite.Endpoint.ConnectionString, options);
        services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                [ConnectionNames.Pipeline] = azurite.Endpoint.ConnectionString,
            }).Build())
            .AddLogging()
            .AddPublishingPipeline()
            .AddSingleton(sp => new PipelineStorage(blobs, blobs, sp.GetRequiredService<IOptions<StorageOptions>>()))
            .BuildServiceProvider();
        var storage = services.GetRequiredService<PipelineStorage>();
        await storage.EnsureContainersAsync(CancellationToken.None);
        publisher = services.GetRequiredService<PublishFeedService>();
        articles = new BlobServiceClient(azurite.Endpoint.ConnectionString).GetBlobContainerClient(storage.Articles.Name);

        await Parallel.ForEachAsync(Enumerable.Range(0, Archived), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (n, ct) =>
            await articles.GetBlobClient($"{Article(n).Id}.json").UploadAsync(ArticleJson.Serialize(Article(n)), overwrite: true, ct));
        foreach (var n in Enumerable.Range(Math.Max(0, Archived - 50), Math.Min(50, Archived)))
        {
            await publisher.PublishAsync($"{Article(n).Id}.json", CancellationToken.None);
        }

        next = Archived;
    }

    /// <summary>Article n: eight a day, later n is newer, so each new one enters the full feeds and evicts the oldest.</summary>
    private static Article Article(int n)
    {
        var published = new DateOnly(2020, 1, 1).AddDays(n / 8).ToString("yyyy-MM-dd");
        var publication = n % 3 == 0 ? "harbour-times" : "dahe-daily";
        var title = $"第{n}篇 示范区召开工作推进会";
        string[] paragraphs = [$"本报讯（记者李明）第{n}篇文章的正文，会议强调要坚持问题导向，逐项销号，确保整改工作取得实效。", "第二段正文。"];
        return new Article
        {
            Id = $"archive-{n:D6}",
            Page = new PageRef($"{publication}/{published}/page-01.txt", publication, published, 1 + (n % 8)),
            Title = title,
            Authors = ["李明"],
            Paragraphs = paragraphs,
            Language = "zh-Hans",
            KeyPhrases = ["示范区", "整改"],
            Summary = [$"第{n}篇文章摘要。"],
            ContentHash = ContentHash.Of(title, paragraphs),
        };
    }

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        public int Count;
        public long Total;

        public override void OnReceivedResponse(HttpMessage message) => Interlocked.Increment(ref Count);
    }

    /// <summary>In-process (Azurite lives in this process's setup); one publish per iteration, since each needs a fresh article.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(20)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}
