using Serverless.Publishing.Articles;
using Serverless.Testing;
using Xunit.Abstractions;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>
/// Updating the feeds after one article must not grow with the archive. Measured in storage requests and bytes
/// on the wire (deterministic, unlike time); listing the articles container would show up in both.
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
        Assert.True(large.Requests <= small.Requests * 1.5, $"{large.Requests} requests with 10,000 archived vs {small.Requests} with 100");
        Assert.True(large.Bytes <= small.Bytes * 1.5, $"{large.Bytes} bytes with 10,000 archived vs {small.Bytes} with 100");
    }

    private async Task<UpdateCost> MeasureAsync(int archived)
    {
        var counter = new RequestCounter();
        await using var host = await PublishingHost.StartAsync(azurite, counter: counter);

        // The archive: every article ever published, in the articles container.
        var archive = Enumerable.Range(0, archived).Select(Archived).ToList();
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(archive, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (a, ct) => await host.UploadAsync(a, ct));
        output.WriteLine($"archive {archived}: seeded in {seeding.Elapsed.TotalSeconds:0.0} s");

        // The feed's history: the newest 50 went through the stage, so the indexes and feeds are full.
        await Parallel.ForEachAsync(archive.TakeLast(50), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (a, ct) =>
            await host.Publisher.PublishAsync($"{a.Id}.json", ct));

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

    /// <summary>Article n of the archive: one page of eight articles a day, later n is newer.</summary>
    private static Article Archived(int n)
    {
        var day = DateOnly.FromDateTime(new DateTime(2020, 1, 1)).AddDays(n / 8).ToString("yyyy-MM-dd");
        var publication = n % 3 == 0 ? "harbour-times" : "dahe-daily";
        return TestArticles.Make($"archive-{n:D6}", publication, day, 1 + (n % 8)) with
        {
            Title = $"第{n}篇 存档文章标题",
            Paragraphs = [$"本报讯 第{n}篇文章的正文，用来填满存档。", "第二段。"],
            Language = "zh-Hans",
            KeyPhrases = ["存档"],
        };
    }

    private sealed record UpdateCost(double Requests, double Bytes, IReadOnlyList<StorageRequest> Log);
}
