using System.Text.Json;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>
/// On the running dev host: a page uploaded again with three articles fewer, then deleted, each by a plain blob client.
/// The local event source sees both; the withdrawn articles leave the feed index, the site and the articles container,
/// and the articles that stayed keep their ids.
/// </summary>
[Trait("Category", "Integration")]
public sealed class WithdrawalTests : IAsyncLifetime
{
    private const string Page = "withdraw/sample.txt";
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(90);
    private RunningDevHost running = null!;

    private PipelineStorage Storage => running.Storage;

    // Withdrawal is the subject, so the page is split by the rules, which split the seed page and this cut of it
    // exactly (14 and 11 articles). The default reading of the cut page is 12: its model gap, 8.2 per line, is just
    // over the gate's margin, and the learned split cuts one story at the seed page's known weak line.
    public async Task InitializeAsync() => running = await RunningDevHost.StartAsync(new Dictionary<string, string?>
    {
        ["Splitting:ChineseDecisions"] = "Rules",
    });

    public async Task DisposeAsync() => await running.DisposeAsync();

    [Fact]
    public async Task A_page_uploaded_with_three_articles_fewer_then_deleted_leaves_no_stale_article()
    {
        var sample = Path.Combine(TestPaths.Repository, "samples", "pages", "000_0bbe263f9c83fcef");
        var text = await File.ReadAllTextAsync(sample + ".txt");
        await Storage.Pages.GetBlobClient(Page).UploadAsync(BinaryData.FromString(text), overwrite: true);
        var first = await WaitForPageAsync(count => count == 14);

        // The same page with the 3rd, 7th and 11th stories cut out, as an editor would re-export it.
        await Storage.Pages.GetBlobClient(Page).UploadAsync(BinaryData.FromString(WithoutArticles(text, sample + ".truth.json", [2, 6, 10])), overwrite: true);
        var second = await WaitForPageAsync(count => count == 11);

        var gone = first.Keys.Except(second.Keys).ToList();
        Assert.Equal(3, gone.Count);
        Assert.All(second, kept => Assert.Equal(first[kept.Key], kept.Value)); // same id, same title
        // The article blobs go last, after the feeds and the site: once they are gone, the stage is done.
        await WaitAsync(async () => !(await Task.WhenAll(gone.Select(async id => (await Storage.Articles.GetBlobClient(BlobNames.Article(id)).ExistsAsync()).Value))).Any(e => e));
        foreach (var id in gone)
        {
            Assert.False((await Storage.Site.GetBlobClient(BlobNames.ArticlePage(id)).ExistsAsync()).Value, $"site page of {id}");
            Assert.False((await Storage.Drafts.GetBlobClient(BlobNames.Draft(ArticleIds.PageId(Page), int.Parse(id[^2..], System.Globalization.CultureInfo.InvariantCulture))).ExistsAsync()).Value, $"draft of {id}");
        }

        var rss = (await Storage.Feed.GetBlobClient("rss.xml").DownloadContentAsync()).Value.Content.ToString();
        Assert.All(gone, id => Assert.DoesNotContain(id, rss));
        Assert.All(second.Keys, id => Assert.Contains(id, rss));

        await Storage.Pages.GetBlobClient(Page).DeleteAsync();
        await WaitForPageAsync(count => count == 0);
        await WaitAsync(async () => !(await Task.WhenAll(second.Keys.Select(async id => (await Storage.Articles.GetBlobClient(BlobNames.Article(id)).ExistsAsync()).Value))).Any(e => e));
        Assert.All(second.Keys, id => Assert.False(Storage.Site.GetBlobClient(BlobNames.ArticlePage(id)).Exists().Value, $"site page of {id}"));
        var index = (await Storage.Site.GetBlobClient("index.html").DownloadContentAsync()).Value.Content.ToString();
        Assert.All(first.Keys, id => Assert.DoesNotContain(id, index));
    }

    /// <summary>Waits until the page's entries in the all-publications feed index satisfy <paramref name="done"/>; returns id → title.</summary>
    private async Task<Dictionary<string, string>> WaitForPageAsync(Func<int, bool> done)
    {
        var pageId = ArticleIds.PageId(Page);
        var indexes = running.Indexes;
        using var deadline = new CancellationTokenSource(Bounded);
        while (true)
        {
            var (index, _) = await indexes.ReadAsync(FeedScope.All, deadline.Token);
            var entries = index.Items.Concat(index.Archive).Where(e => e.Id.StartsWith(pageId + "-", StringComparison.Ordinal)).ToDictionary(e => e.Id, e => e.Title);
            if (done(entries.Count))
            {
                return entries;
            }

            await Task.Delay(200, deadline.Token);
        }
    }

    private static Task WaitAsync(Func<Task<bool>> condition) => RunningDevHost.WaitAsync(condition, Bounded);

    /// <summary>The page without the lines of the given truth articles (0-based): headline, body and extras.</summary>
    private static string WithoutArticles(string text, string truthPath, int[] articles)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(truthPath));
        var dropped = new HashSet<int>();
        foreach (var k in articles)
        {
            var article = truth.RootElement.GetProperty("articles")[k];
            var lines = new[] { "kicker", "title", "subtitle", "extra" }
                .SelectMany(part => article.TryGetProperty(part, out var numbers) ? numbers.EnumerateArray().Select(n => n.GetInt32()) : [])
                .Concat(article.GetProperty("body").EnumerateArray().SelectMany(range => Enumerable.Range(range[0].GetInt32(), range[1].GetInt32() - range[0].GetInt32() + 1)))
                .ToList();
            dropped.UnionWith(Enumerable.Range(lines.Min(), lines.Max() - lines.Min() + 1));
        }

        return string.Join('\n', text.Split('\n').Where((_, i) => !dropped.Contains(i + 1)));
    }
}
