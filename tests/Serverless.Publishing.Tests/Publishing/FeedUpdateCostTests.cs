using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages.Messages;
using Serverless.Testing;
using Xunit.Abstractions;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>
/// Updating the feeds after one article must not grow with the archive. Measured in storage requests and bytes
/// on the wire (deterministic, unlike time); listing a container would show up in both. The archive is real: every
/// article went through the publish stage into the archive chain (50 in the subscription documents, the rest in
/// archive pages of 100), so both archives have an open archive page that the update touches.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FeedUpdateCostTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    private const int Measured = 3;

    [Fact]
    public async Task One_update_costs_the_same_with_100_or_10_000_archived_articles()
    {
        var small = await MeasureAsync(100);
        var large = await MeasureAsync(10_000);
        output.WriteLine($"archive 100: {small.Requests:0.0} requests, {small.Bytes:0} bytes per update");
        output.WriteLine($"archive 10,000: {large.Requests:0.0} requests, {large.Bytes:0} bytes per update");

        Assert.DoesNotContain(large.Log, r => r.Query.Contains("comp=list", StringComparison.Ordinal));
        Assert.True(large.Requests <= small.Requests * 1.1, $"{large.Requests} requests with 10,000 archived vs {small.Requests} with 100");
        Assert.True(large.Bytes <= small.Bytes * 1.5, $"{large.Bytes} bytes with 10,000 archived vs {small.Bytes} with 100");
    }

    private async Task<UpdateCost> MeasureAsync(int archived)
    {
        var counter = new RequestCounter();
        await using var host = await PublishingHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Publishing:MaxItems"] = "50",
            ["Publishing:ArchivePageSize"] = "100",
        }, counter: counter);

        // The archive: every article ever published, page by page through the publish stage.
        var archive = Enumerable.Range(0, archived).Select(Archived).ToList();
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(archive, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (a, ct) => await host.UploadAsync(a, ct));
        var uploaded = seeding.Elapsed;
        // Four pages at a time, as the stage's queue concurrency would: the index's optimistic concurrency keeps them apart.
        await Parallel.ForEachAsync(archive.GroupBy(a => a.Page.Blob), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (page, ct) =>
            await host.Publisher.PublishPageAsync(new PageWork(page.Key, ArticleIds.PageId(page.Key), [.. page.Select(a => a.Page.Ordinal)]), ct));

        var (state, _) = await host.Indexes.ReadAsync(FeedScope.All, CancellationToken.None);
        Assert.Equal(archived - 50, (state.SealedPages * 100) + state.Archive.Count);
        output.WriteLine($"archive {archived}: seeded in {seeding.Elapsed.TotalSeconds:0.0} s ({uploaded.TotalSeconds:0.0} s uploading), {state.SealedPages} sealed pages");

        // Measured: the next articles, each published after the one before, as a steady trickle would.
        var fresh = Enumerable.Range(archived, Measured).Select(Archived).ToList();
        foreach (var article in fresh)
        {
            await host.UploadAsync(article);
        }

        counter.Reset();
        foreach (var article in fresh)
        {
            await host.Publisher.PublishAsync($"{article.Id}.json", CancellationToken.None);
        }

        var log = counter.Requests;
        return new UpdateCost((double)log.Count / Measured, (double)log.Sum(r => r.RequestBytes + r.ResponseBytes) / Measured, log);
    }

    /// <summary>Article n of the archive: one page of 100 articles a day, later n is newer.</summary>
    private static Article Archived(int n)
    {
        var day = DateOnly.FromDateTime(new DateTime(2020, 1, 1)).AddDays(n / 100).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = $"dahe-daily/{day}/page-01.txt";
        var ordinal = 1 + (n % 100);
        return TestArticles.Make(ArticleIds.ArticleId(ArticleIds.PageId(page), ordinal), "dahe-daily", day, ordinal) with
        {
            Page = new PageRef(page, "dahe-daily", day, ordinal),
            Title = $"第{n}篇 存档文章标题",
            Paragraphs = [$"本报讯 第{n}篇文章的正文，用来填满存档。", "第二段。"],
            Language = "zh-Hans",
            KeyPhrases = ["存档"],
        };
    }

    private sealed record UpdateCost(double Requests, double Bytes, IReadOnlyList<StorageRequest> Log);
}
