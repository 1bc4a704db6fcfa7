using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Feeds;
using Serverless.Publishing.Stages.Messages;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>
/// A day's issue through the publish stage on Azurite, read back over HTTP as readers do: every article reachable
/// from the subscription documents and the site, exactly once; a re-split page and a deleted page leave nothing behind.
/// Small limits (50 items, pages of 40) so 280 articles make a chain of several archive pages.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ArchiveChainTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Date = "2026-04-18";
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Twenty_pages_of_one_date_are_reachable_exactly_once_and_withdrawn_articles_leave_everything()
    {
        await using var host = await PublishingHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Publishing:MaxItems"] = "50",
            ["Publishing:ArchivePageSize"] = "40",
        });
        var pages = Enumerable.Range(1, 20).Select(p => $"dahe-daily/{Date}/page-{p:D2}.txt").ToList();
        foreach (var page in pages)
        {
            await PublishPageAsync(host, page, Enumerable.Range(1, 14).ToList());
        }

        var feed = new Uri(host.Storage.Feed.Uri.AbsoluteUri + "/");
        var all = pages.SelectMany(p => Enumerable.Range(1, 14).Select(o => ArticleIds.ArticleId(ArticleIds.PageId(p), o))).ToList();
        var (rss, documents) = await FeedChainWalker.RssAsync(new Uri(feed, "rss.xml"));
        Assert.Equal(all.Order(), rss.Order());
        Assert.True(documents >= 5, $"{documents} documents: 50 in the subscription, 230 in pages of 40");
        var (atom, _) = await FeedChainWalker.AtomAsync(new Uri(feed, "atom.xml"));
        Assert.Equal(all.Select(AtomFeedWriter.EntryId).Order(), atom.Order());
        Assert.Equal(all.Order(), (await FeedChainWalker.JsonFeedAsync(new Uri(feed, "feed.json"))).Order());
        var (perPublication, _) = await FeedChainWalker.RssAsync(new Uri(feed, "dahe-daily/rss.xml"));
        Assert.Equal(all.Order(), perPublication.Order());
        // The subscription document holds the newest: the last page to arrive on top, in its printed order.
        Assert.Equal(Enumerable.Range(1, 14).Select(o => ArticleIds.ArticleId(ArticleIds.PageId(pages[^1]), o)), rss.Take(14));
        var site = await FeedChainWalker.SiteAsync(new Uri(host.Storage.Site.Uri.AbsoluteUri + "/index.html"));
        Assert.Equal(all.Select(id => $"{host.Storage.Site.Uri.AbsoluteUri}/{id}.html").Order(), site.Order());

        // Re-split into three articles fewer (two of them long archived), then one page deleted.
        var resplit = pages[1];
        int[] dropped = [2, 7, 11];
        await PublishPageAsync(host, resplit, [.. Enumerable.Range(1, 14).Except(dropped)], dropped);
        var deleted = pages[^1];
        await host.Publisher.PublishPageAsync(new PageWork(deleted, ArticleIds.PageId(deleted), [], [.. Enumerable.Range(1, 14)]), CancellationToken.None);

        var gone = dropped.Select(o => ArticleIds.ArticleId(ArticleIds.PageId(resplit), o))
            .Concat(Enumerable.Range(1, 14).Select(o => ArticleIds.ArticleId(ArticleIds.PageId(deleted), o))).ToList();
        var left = all.Except(gone).Order().ToList();
        Assert.Equal(left, (await FeedChainWalker.RssAsync(new Uri(feed, "rss.xml"))).Ids.Order());
        Assert.Equal(left.Select(AtomFeedWriter.EntryId), (await FeedChainWalker.AtomAsync(new Uri(feed, "atom.xml"))).Ids.Order());
        Assert.Equal(left, (await FeedChainWalker.JsonFeedAsync(new Uri(feed, "feed.json"))).Order());
        Assert.Equal(left, (await FeedChainWalker.RssAsync(new Uri(feed, "dahe-daily/rss.xml"))).Ids.Order());
        Assert.Equal(left.Select(id => $"{host.Storage.Site.Uri.AbsoluteUri}/{id}.html"), (await FeedChainWalker.SiteAsync(new Uri(host.Storage.Site.Uri.AbsoluteUri + "/index.html"))).Order());
        foreach (var id in gone)
        {
            using var response = await Http.GetAsync($"{host.Storage.Site.Uri.AbsoluteUri}/{id}.html");
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.False(await host.Storage.Articles.GetBlobClient($"{id}.json").ExistsAsync(), $"articles/{id}.json is still there");
        }
    }

    [Fact]
    public async Task The_opml_list_names_every_publication_with_feeds_that_answer()
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        await host.PublishAsync(TestArticles.Chinese());
        await host.PublishAsync(TestArticles.English("harbour-times-2026-04-18-p01-01"));

        var opml = System.Xml.Linq.XDocument.Parse(await Http.GetStringAsync(host.Storage.Feed.Uri.AbsoluteUri + "/feeds.opml"));

        Assert.Equal("opml", opml.Root!.Name.LocalName);
        Assert.Equal("2.0", (string?)opml.Root.Attribute("version"));
        Assert.NotEmpty(opml.Root.Element("head")!.Element("title")!.Value);
        var outlines = opml.Root.Element("body")!.Elements("outline").ToList();
        Assert.Equal(["Serverless news · dahe-daily", "Serverless news · harbour-times"], outlines.Select(o => (string?)o.Attribute("text")));
        foreach (var outline in outlines)
        {
            Assert.Equal("rss", (string?)outline.Attribute("type"));
            var items = CodeHollow.FeedReader.FeedReader.ReadFromByteArray(await Http.GetByteArrayAsync((string)outline.Attribute("xmlUrl")!)).Items;
            Assert.Single(items);
            using var html = await Http.GetAsync((string)outline.Attribute("htmlUrl")!);
            Assert.True(html.IsSuccessStatusCode, (string)outline.Attribute("htmlUrl")!);
        }
    }

    private static async Task PublishPageAsync(PublishingHost host, string page, IReadOnlyList<int> ordinals, IReadOnlyList<int>? withdrawn = null)
    {
        var pageId = ArticleIds.PageId(page);
        foreach (var ordinal in ordinals)
        {
            await host.UploadAsync(TestArticles.Make(ArticleIds.ArticleId(pageId, ordinal), "dahe-daily", Date, ordinal) with
            {
                Page = new PageRef(page, "dahe-daily", Date, ordinal),
                Title = $"{page} 第{ordinal}篇",
            });
        }

        await host.Publisher.PublishPageAsync(new PageWork(page, pageId, ordinals, withdrawn), CancellationToken.None);
    }
}
