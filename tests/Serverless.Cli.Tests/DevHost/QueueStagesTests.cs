using Microsoft.Extensions.Logging;
using Serverless.Cli.Commands;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>
/// The queue hand-off on the running dev host: pages uploaded by a plain blob client (no CLI, no direct event) are
/// found by the local event source alone and pass each stage once; a page that fails every time ends in the poison
/// queue with an error record while the others publish, and `retry` finishes it once the cause is gone.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QueueStagesTests : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(90);
    private readonly CapturingLoggerProvider logs = new();
    private RunningDevHost running = null!;

    private PipelineStorage Storage => running.Storage;
    private PipelineQueues Queues => running.Queues;

    public async Task InitializeAsync() =>
        running = await RunningDevHost.StartAsync(services: FaultyAnalyzer.Install, logging: l => l.ClearProviders().AddProvider(logs), level: LogLevel.Information);

    public async Task DisposeAsync() => await running.DisposeAsync();

    [Fact]
    public async Task Pages_uploaded_by_a_plain_blob_client_pass_each_stage_exactly_once()
    {
        var sources = Directory.GetFiles(Path.Combine(TestPaths.Repository, "samples", "pages"), "*.txt").Order().Take(4).ToList();
        var pages = new List<string>();
        foreach (var (source, i) in sources.Select((s, i) => (s, i)))
        {
            pages.Add($"plain/{i}-{Path.GetFileName(source)}");
            await Storage.Pages.GetBlobClient(pages[^1]).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(source)), overwrite: true);
        }

        var results = await Watcher().WaitAsync(pages, Bounded, null, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(PageState.InFeed, r.State));
        foreach (var page in pages)
        {
            Assert.Equal(1, Runs("Split page {Page} into {Count} drafts ({Written} new or changed, {Withdrawn} withdrawn)", page));
            Assert.Equal(1, Runs("Enriched page {Page}: {Count} of {Drafts} drafts in one batch, {Written} articles new or changed", page));
            Assert.Equal(1, Runs("Published page {Page}: {Count} of {Articles} articles to the feeds, {Withdrawn} withdrawn", page));
        }

        // Enrichment gets each page's drafts in one call, so the Language client can batch them per feature.
        foreach (var page in pages)
        {
            var pageId = ArticleIds.PageId(page);
            var calls = FaultyAnalyzer.Calls.Where(c => c.Any(id => id.StartsWith(pageId + "-", StringComparison.Ordinal))).ToList();
            var call = Assert.Single(calls);
            Assert.Equal(results.Single(r => r.Page == page).Drafts, call.Count);
        }

        var (index, _) = await running.Indexes.ReadAsync(CancellationToken.None);
        Assert.Equal(results.Sum(r => r.Drafts), index.Items.Count);
        Assert.Equal(index.Items.Count, index.Items.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_page_failing_every_time_is_poisoned_with_an_error_record_and_retry_finishes_it()
    {
        const string bad = "poison/bad.txt";
        const string good = "poison/good.txt";
        await UploadAsync(bad, $"Harbour crane fails\n\nPORTSMOUTH, May 2 — The crane {FaultyAnalyzer.Marker} stopped on Monday and stayed down.\n");
        await UploadAsync(good, "Council opens new library\n\nSPRINGFIELD, May 2 — The council opened a new library on Monday.\n");

        Assert.Equal(PageState.InFeed, (await Watcher().WaitAsync([good], Bounded, null, CancellationToken.None)).Single().State);
        var poison = Queues.Poison(Queues.Enrich);
        var record = await ErrorRecordAsync(StageNames.EnrichArticle, bad);
        Assert.Equal(Queues.Enrich.Name, record.Input.Container);
        Assert.Contains("test fault", record.Message);
        Assert.Contains(ArticleIds.PageId(bad), record.FailedMessage);
        await WaitAsync(async () => (await poison.PeekMessagesAsync(maxMessages: 32)).Value.Length == 1);
        Assert.Equal(0, (await Queues.Enrich.GetPropertiesAsync()).Value.ApproximateMessagesCount);

        FaultyAnalyzer.Broken = false;
        try
        {
            var output = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["retry", "--storage", running.ConnectionString], output, output, CancellationToken.None));
            Assert.Contains($"Re-queued 1 message(s) from {poison.Name} to {Queues.Enrich.Name}.", output.ToString());

            Assert.Equal(PageState.InFeed, (await Watcher().WaitAsync([bad], Bounded, null, CancellationToken.None)).Single().State);
            Assert.Empty((await poison.PeekMessagesAsync(maxMessages: 32)).Value);
            Assert.False((await Storage.Errors.GetBlobClient(BlobNames.ErrorRecord(StageNames.EnrichArticle, bad)).ExistsAsync()).Value);
        }
        finally
        {
            FaultyAnalyzer.Broken = true;
        }
    }

    [Fact]
    public async Task An_edited_article_blob_is_republished_by_the_republish_verb()
    {
        const string page = "edits/page.txt";
        await UploadAsync(page, "Council opens new library\n\nSPRINGFIELD, May 2 — The council opened a new library on Monday.\n");
        Assert.Equal(PageState.InFeed, (await Watcher().WaitAsync([page], Bounded, null, CancellationToken.None)).Single().State);
        var id = ArticleIds.ArticleId(ArticleIds.PageId(page), 1);
        var blob = Storage.Articles.GetBlobClient(BlobNames.Article(id));
        var article = ArticleJson.Deserialize<Article>((await blob.DownloadContentAsync()).Value.Content);
        await blob.UploadAsync(ArticleJson.Serialize(article with { Title = "Council opens new library at last" }), overwrite: true);

        var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["republish", id, "--storage", running.ConnectionString], output, output, CancellationToken.None));

        var rss = Storage.Feed.GetBlobClient(PublishFeedService.RssBlob);
        await WaitAsync(async () => (await rss.DownloadContentAsync()).Value.Content.ToString().Contains("Council opens new library at last", StringComparison.Ordinal));
    }

    private int Runs(string template, string page) =>
        logs.Entries.Count(e => e.Values.TryGetValue("{OriginalFormat}", out var format) && (string?)format == template
            && e.Values.TryGetValue("Page", out var value) && (string?)value == page);

    private PipelineWatcher Watcher() => running.Watcher();

    private Task UploadAsync(string name, string text) =>
        Storage.Pages.GetBlobClient(name).UploadAsync(BinaryData.FromString(text), overwrite: true);

    private async Task<ErrorRecord> ErrorRecordAsync(string stage, string input)
    {
        var blob = Storage.Errors.GetBlobClient(BlobNames.ErrorRecord(stage, input));
        await WaitAsync(async () => (await blob.ExistsAsync()).Value);
        return ArticleJson.Deserialize<ErrorRecord>((await blob.DownloadContentAsync()).Value.Content);
    }

    private static Task WaitAsync(Func<Task<bool>> condition) => RunningDevHost.WaitAsync(condition, Bounded);
}
