using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Feeds;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>The publish stage against real Azurite: what readers fetch over plain HTTP.</summary>
[Trait("Category", "Integration")]
public sealed class PublishingStorageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Feeds_and_pages_are_served_anonymously_with_their_content_type_and_chinese_intact()
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        var chinese = TestArticles.Chinese();
        var english = TestArticles.English("harbour-times-2026-04-18-p01-01");
        await host.PublishAsync(chinese);
        await host.PublishAsync(english);

        var feed = host.Storage.Feed.Uri.AbsoluteUri + "/";
        var site = host.Storage.Site.Uri.AbsoluteUri + "/";
        var expected = new Dictionary<string, string>
        {
            [feed + "rss.xml"] = ContentTypes.Rss,
            [feed + "atom.xml"] = ContentTypes.Atom,
            [feed + "feed.json"] = ContentTypes.JsonFeed,
            [feed + "dahe-daily/rss.xml"] = ContentTypes.Rss,
            [feed + "dahe-daily/atom.xml"] = ContentTypes.Atom,
            [feed + "dahe-daily/feed.json"] = ContentTypes.JsonFeed,
            [feed + "harbour-times/rss.xml"] = ContentTypes.Rss,
            [feed + "rss.xsl"] = ContentTypes.Xslt,
            [feed + "feeds.opml"] = ContentTypes.Opml,
            [site + "index.html"] = ContentTypes.Html,
            [site + "publications/dahe-daily/index.html"] = ContentTypes.Html,
            [site + chinese.Id + ".html"] = ContentTypes.Html,
            [site + english.Id + ".html"] = ContentTypes.Html,
        };
        var titleBytes = Encoding.UTF8.GetBytes(TestArticles.ChineseTitle);
        foreach (var (url, contentType) in expected)
        {
            using var response = await Http.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
            Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
            Assert.NotNull(response.Headers.CacheControl);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!url.Contains("harbour-times", StringComparison.Ordinal) && !url.EndsWith(".xsl", StringComparison.Ordinal) && !url.EndsWith(".opml", StringComparison.Ordinal)
                && !url.EndsWith(english.Id + ".html", StringComparison.Ordinal))
            {
                Assert.True(body.AsSpan().IndexOf(titleBytes) >= 0, $"{url} lacks the Chinese title's UTF-8 bytes");
            }
        }

        var rss = await Http.GetByteArrayAsync(feed + "rss.xml");
        using (var reader = XmlReader.Create(new MemoryStream(rss)))
        {
            Assert.Equal(2, SyndicationFeed.Load(reader).Items.Count());
        }

        Assert.Contains(FeedReader.ReadFromByteArray(rss).Items, i => i.Title.Contains(TestArticles.ChineseTitle, StringComparison.Ordinal));
        var perPublication = FeedReader.ReadFromByteArray(await Http.GetByteArrayAsync(feed + "harbour-times/atom.xml"));
        Assert.Equal([AtomFeedWriter.EntryId(english.Id)], perPublication.Items.Select(i => i.Id));
        using var json = JsonDocument.Parse(await Http.GetByteArrayAsync(feed + "dahe-daily/feed.json"));
        Assert.Equal([chinese.Id], json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Publishing_the_same_article_again_rewrites_nothing()
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        await host.PublishAsync(TestArticles.Chinese());
        await host.PublishAsync(TestArticles.English("en-1"));
        var before = await host.PublicETagsAsync();
        var index = await host.PropertiesAsync(host.Storage.Cache, FeedScope.All.IndexBlobName);

        await host.PublishAsync(TestArticles.Chinese());
        await host.PublishAsync(TestArticles.English("en-1"));

        Assert.Equal(before, await host.PublicETagsAsync());
        Assert.Equal(index.ETag, (await host.PropertiesAsync(host.Storage.Cache, FeedScope.All.IndexBlobName)).ETag);
        Assert.Equal(16, before.Count); // 3 feeds × 3 scopes, rss.xsl, feeds.opml, index.html, 2 publication pages, 2 article pages
    }

    [Fact]
    public async Task A_corrected_article_replaces_its_item_in_place()
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        var original = TestArticles.Chinese();
        await host.PublishAsync(original);
        await host.PublishAsync(TestArticles.Chinese(id: "dahe-daily-2026-04-18-p01-02", ordinal: 2));
        var rssBefore = await host.ReadTextAsync(host.Storage.Feed, "rss.xml");

        await host.PublishAsync(original with { Title = "更正：扛牢责任 抓好整改", Paragraphs = ["本报讯 更正后的正文。"] });

        var rss = XDocument.Parse(await host.ReadTextAsync(host.Storage.Feed, "rss.xml"));
        var items = rss.Descendants("item").ToList();
        Assert.Equal([original.Id, "dahe-daily-2026-04-18-p01-02"], items.Select(i => i.Element("guid")!.Value));
        Assert.Contains("更正：扛牢责任 抓好整改", items[0].Element("title")!.Value);
        Assert.Contains("更正后的正文", items[0].Element(XName.Get("encoded", SyndicationXml.ContentNamespace))!.Value);
        Assert.NotEqual(rssBefore, rss.ToString());
        Assert.Contains("更正后的正文", await host.ReadTextAsync(host.Storage.Site, original.Id + ".html"));
        var (index, _) = await host.Indexes.ReadAsync(FeedScope.For("dahe-daily"), CancellationToken.None);
        Assert.Equal(2, index.Items.Count);
    }

    [Fact]
    public async Task An_output_from_an_older_index_version_never_replaces_a_newer_one()
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        var blob = host.Storage.Feed.GetBlobClient("ordering-probe.xml");
        var older = FeedIndex.Create() with { Version = 4 };
        var newer = older with { Version = 5 };

        Assert.True(await blob.WriteIfNewerAsync(BinaryData.FromString("<v5/>"), ContentTypes.Rss, "no-cache", newer, CancellationToken.None));
        Assert.False(await blob.WriteIfNewerAsync(BinaryData.FromString("<v4/>"), ContentTypes.Rss, "no-cache", older, CancellationToken.None));
        Assert.False(await blob.WriteIfNewerAsync(BinaryData.FromString("<v5/>"), ContentTypes.Rss, "no-cache", newer, CancellationToken.None));
        Assert.Equal("<v5/>", await host.ReadTextAsync(host.Storage.Feed, "ordering-probe.xml"));

        // A recreated index starts a new lineage; its outputs win whatever their version number.
        Assert.True(await blob.WriteIfNewerAsync(BinaryData.FromString("<new/>"), ContentTypes.Rss, "no-cache", FeedIndex.Create() with { Version = 1 }, CancellationToken.None));
        Assert.Equal("<new/>", await host.ReadTextAsync(host.Storage.Feed, "ordering-probe.xml"));
    }
}
