using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Cli.Azurite;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Benchmarks.Pipeline;

/// <summary>
/// Upload→feed on the dev host with a fresh Azurite, pages uploaded by a plain BlobClient (no CLI, no direct event):
/// the local event source finds them, as Event Grid would in Azure. A page counts as in the feed when feed/rss.xml
/// carries its articles (one page is one feed update, so the first article means all of them).
/// </summary>
public static class PipelineBenchmark
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);

    public static int Count(string[] args, int fallback) =>
        args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    public static async Task<int> LatencyAsync(int pages, TextWriter output)
    {
        await using var run = await PipelineRun.StartAsync(output, maxItems: null);
        await run.UploadAndWaitAsync(["warm-up/0.txt"], 0); // creates the feed, loads jieba and Lingua once, as a running host has
        var latencies = new List<double>();
        for (var i = 0; i < pages; i++)
        {
            var watch = Stopwatch.StartNew();
            await run.UploadAndWaitAsync([$"latency/{pages - i:D3}.txt"], i);
            latencies.Add(watch.Elapsed.TotalSeconds);
            output.WriteLine($"  page {i + 1,3}: {latencies[^1]:0.000} s");
        }

        await run.IdleAsync();
        output.WriteLine($"stage run time: {run.StageSummary}");
        latencies.Sort();
        output.WriteLine($"upload→feed over {pages} pages: p50 {Percentile(latencies, 0.50):0.000} s, p95 {Percentile(latencies, 0.95):0.000} s, max {latencies[^1]:0.000} s");
        return 0;
    }

    public static async Task<int> ThroughputAsync(int pages, TextWriter output)
    {
        await using var run = await PipelineRun.StartAsync(output, maxItems: null);
        await run.UploadAndWaitAsync(["warm-up/0.txt"], 0);
        var names = Enumerable.Range(0, pages).Select(i => $"burst/{i:D4}.txt").ToList();
        var watch = Stopwatch.StartNew();
        await run.UploadAsync(names, 0);
        await run.IdleAsync();
        var elapsed = watch.Elapsed;
        var (pagesDone, articles, published) = await run.CountPublishedAsync(names);
        var errors = await run.CountErrorRecordsAsync();
        output.WriteLine($"stage run time: {run.StageSummary}");
        output.WriteLine($"{pages} pages uploaded at once were published in {elapsed.TotalSeconds:0.0} s: {pages / elapsed.TotalMinutes:0} pages/min");
        output.WriteLine($"{pagesDone} pages published once each; {articles} articles split, {published} exactly once in the feed's archive chain; {errors} error records; peak working set of the host process {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        return pagesDone == pages && published == articles && errors == 0 ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    private sealed class PipelineRun(AzuriteProcess azurite, IHost host, BlobContainerClient pages, BlobClient rss, StageDurations durations) : IAsyncDisposable
    {
        // Mixed pages: the samples and the corpus (Chinese and English, typed, PDF text and OCR-like).
        private static readonly string[] Samples = [.. new[] { "samples/pages", "tests/corpus" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), folder), "*.txt").Order())];

        public static async Task<PipelineRun> StartAsync(TextWriter output, int? maxItems)
        {
            var azurite = await AzuriteProcess.StartAsync(endpoint: null, dataDirectory: null, progress: null, CancellationToken.None);
            var durations = new StageDurations();
            var settings = maxItems is { } items ? new Dictionary<string, string?> { ["Publishing:MaxItems"] = items.ToString(CultureInfo.InvariantCulture) } : null;
            var host = DevHostBuilder.Build(azurite.Endpoint.ConnectionString, LogLevel.Information, settings,
                logging: l => l.ClearProviders().AddProvider(durations));
            var storage = host.Services.GetRequiredService<PipelineStorage>();
            await storage.EnsureContainersAsync(CancellationToken.None);
            await host.StartAsync();
            output.WriteLine($"Dev host on Azurite {azurite.Endpoint.BlobUri}, {Samples.Length} sample pages in rotation");
            // A plain client of its own, as an uploading user has.
            var pages = new BlobServiceClient(azurite.Endpoint.ConnectionString).GetBlobContainerClient(storage.Pages.Name);
            return new PipelineRun(azurite, host, pages, storage.Feed.GetBlobClient(PublishFeedService.RssBlob), durations);
        }

        public async Task UploadAndWaitAsync(IReadOnlyList<string> names, int sample)
        {
            await UploadAsync(names, sample);
            var waiting = names.Select(n => ArticleIds.ArticleId(ArticleIds.PageId(n), 1)).ToHashSet();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            ETag? seen = null;
            while (waiting.Count > 0)
            {
                await Task.Delay(PollEvery, deadline.Token);
                // A HEAD per poll, a download only when the feed changed: the poller should not be what Azurite is busy with.
                ETag? head;
                try
                {
                    head = (await rss.GetPropertiesAsync(cancellationToken: deadline.Token)).Value.ETag;
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    continue; // the first page creates the feed
                }

                if (head == seen)
                {
                    continue;
                }

                seen = head;
                var feed = (await rss.DownloadContentAsync(deadline.Token)).Value.Content.ToString();
                waiting.RemoveWhere(id => feed.Contains(id, StringComparison.Ordinal));
            }
        }

        public Task UploadAsync(IReadOnlyList<string> names, int sample) =>
            Parallel.ForEachAsync(names.Select((n, i) => (n, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (page, ct) =>
                await pages.GetBlobClient(page.n).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(Samples[(sample + page.i) % Samples.Length], ct)), overwrite: true, ct));

        /// <summary>Pages whose publish ran exactly once, articles split, and articles exactly once in the feed's archive chain with one page on the site.</summary>
        public async Task<(int Pages, int Articles, int Published)> CountPublishedAsync(IReadOnlyList<string> names)
        {
            var storage = host.Services.GetRequiredService<PipelineStorage>();
            var chain = await ArchiveChainCount.CountAsync(host.Services.GetRequiredService<FeedIndexStore>(), CancellationToken.None);
            var pageIds = names.Select(ArticleIds.PageId).ToHashSet(StringComparer.Ordinal);
            bool Ours(string articleId) => pageIds.Contains(articleId[..articleId.LastIndexOf('-')]);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var blob in storage.Articles.GetBlobsAsync())
            {
                if (Ours(Path.GetFileNameWithoutExtension(blob.Name)))
                {
                    ids.Add(Path.GetFileNameWithoutExtension(blob.Name));
                }
            }

            var pagesOnSite = new Dictionary<string, int>(StringComparer.Ordinal);
            await foreach (var blob in storage.Site.GetBlobsAsync())
            {
                var id = Path.GetFileNameWithoutExtension(blob.Name);
                if (blob.Name.EndsWith(".html", StringComparison.Ordinal) && id.Contains('-') && Ours(id))
                {
                    pagesOnSite[id] = pagesOnSite.GetValueOrDefault(id) + 1;
                }
            }

            var published = ids.Count(id => pagesOnSite.GetValueOrDefault(id) == 1 && chain.GetValueOrDefault(id) == 1);
            return (names.Count(n => durations.PublishedPages.TryGetValue(n, out var runs) && runs == 1), ids.Count, published);
        }

        public async Task<int> CountErrorRecordsAsync()
        {
            var count = 0;
            await foreach (var blob in host.Services.GetRequiredService<PipelineStorage>().Errors.GetBlobsAsync())
            {
                count++;
                Console.Error.WriteLine($"error record: {blob.Name}");
            }

            return count;
        }

        public string StageSummary => durations.Summary();

        /// <summary>Waits for the stages to finish what they started, so that stopping the host cancels nothing.</summary>
        public async Task IdleAsync()
        {
            var queues = host.Services.GetRequiredService<PipelineQueues>();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(20));
            while (true)
            {
                var busy = false;
                foreach (var queue in queues.All)
                {
                    busy |= (await queue.GetPropertiesAsync(deadline.Token)).Value.ApproximateMessagesCount > 0;
                }

                if (!busy)
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await host.StopQuietlyAsync();
            await azurite.DisposeAsync();
        }
    }
}
