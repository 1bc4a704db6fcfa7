using Azure.Storage.Blobs.Models;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>
/// A day's issue on the running dev host: 20 pages of one date, 14 articles each, uploaded by a plain blob client.
/// Following prev-archive from feed/rss.xml and feed/atom.xml reaches all 280 articles exactly once, with the page that
/// arrived last on top. Small limits (50 items, archive pages of 40) so the chain has several archive pages.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DayIssueTests : IAsyncLifetime
{
    private const string Date = "2026-04-18";
    private RunningDevHost running = null!;

    private PipelineStorage Storage => running.Storage;

    public async Task InitializeAsync() => running = await RunningDevHost.StartAsync(new Dictionary<string, string?>
    {
        ["Publishing:MaxItems"] = "50",
        ["Publishing:ArchivePageSize"] = "40",
    });

    public async Task DisposeAsync() => await running.DisposeAsync();

    [Fact]
    public async Task Twenty_pages_of_one_date_reach_every_subscriber_exactly_once_through_the_archive()
    {
        var text = BinaryData.FromBytes(await File.ReadAllBytesAsync(Path.Combine(TestPaths.Repository, "samples", "pages", "000_0bbe263f9c83fcef.txt")));
        var pages = Enumerable.Range(1, 20).Select(p => $"dahe-daily/{Date}/page-{p:D2}.txt").ToList();
        foreach (var page in pages)
        {
            await Storage.Pages.GetBlobClient(page).UploadAsync(text, new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string> { [PageOrigin.PublishedMetadata] = Date, [PageOrigin.PublicationMetadata] = "dahe-daily" },
            });
        }

        var results = await running.Watcher().WaitAsync(pages, TimeSpan.FromMinutes(3), null, CancellationToken.None);
        Assert.All(results, r => Assert.Equal(PageState.InFeed, r.State));
        Assert.All(results, r => Assert.Equal(14, r.Drafts));

        var all = pages.SelectMany(p => Enumerable.Range(1, 14).Select(o => ArticleIds.ArticleId(ArticleIds.PageId(p), o))).Order().ToList();
        var feed = new Uri(Storage.Feed.Uri.AbsoluteUri + "/");
        var (rss, documents) = await FeedChainWalker.RssAsync(new Uri(feed, "rss.xml"));
        Assert.Equal(all, rss.Order());
        Assert.True(documents >= 5, $"{documents} documents");
        Assert.Equal(all.Select(id => $"urn:serverless:article:{id}"), (await FeedChainWalker.AtomAsync(new Uri(feed, "atom.xml"))).Ids.Order());

        // The subscription document holds the newest: the 50 articles of the pages that arrived last.
        var (index, _) = await running.Indexes.ReadAsync(FeedScope.All, CancellationToken.None);
        var newest = index.Items.Select(e => e.FirstPublished).Min();
        Assert.Equal(rss.Take(50), index.Items.Select(e => e.Id));
        Assert.All(index.Archive, e => Assert.True(e.FirstPublished <= newest));
    }
}
