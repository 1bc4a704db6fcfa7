using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Xsl;
using CodeHollow.FeedReader;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Feeds;

namespace Serverless.Publishing.Tests.Publishing;

public sealed class FeedWriterTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static readonly FeedDocument Mixed = FeedFixtures.Document(TestArticles.Chinese(), TestArticles.English("en-1"), TestArticles.Adversarial());

    [Fact]
    public void Rss_is_read_by_both_parsers_with_every_item()
    {
        var rss = RssFeedWriter.Write(Mixed);

        using var reader = XmlReader.Create(rss.ToStream());
        var syndication = SyndicationFeed.Load(reader);
        var codeHollow = FeedReader.ReadFromByteArray(rss.ToArray());

        Assert.Equal(FeedType.Rss_2_0, codeHollow.Type);
        Assert.Equal(Mixed.Items.Select(i => i.Id), syndication.Items.Select(i => i.Id));
        Assert.Equal(Mixed.Items.Select(i => i.Id), codeHollow.Items.Select(i => i.Id));
        Assert.Equal(Mixed.Items.Select(i => i.Title), syndication.Items.Select(i => i.Title.Text));
        Assert.Equal(Mixed.Items.Select(i => i.Title), codeHollow.Items.Select(i => i.Title));
        Assert.Equal(Mixed.Items.Select(i => i.Link.AbsoluteUri), codeHollow.Items.Select(i => i.Link));
        Assert.Equal(Mixed.Items.Select(i => i.Published), syndication.Items.Select(i => i.PublishDate));
    }

    [Fact]
    public void Rss_items_carry_guid_dates_creators_categories_and_the_escaped_article()
    {
        var document = FeedFixtures.Document(TestArticles.Chinese());
        var item = XDocument.Load(RssFeedWriter.Write(document).ToStream()).Descendants("item").Single();

        Assert.Equal("dahe-daily-2026-04-18-p01-01", item.Element("guid")!.Value);
        Assert.Equal("false", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.Equal("示范区生态环境保护督察工作推进会强调｜扛牢责任 抓好整改 确保成效——各部门要把问题清单转化为责任清单", item.Element("title")!.Value);
        Assert.Equal("Sat, 18 Apr 2026 00:00:00 +0800", item.Element("pubDate")!.Value);
        Assert.EndsWith("/site/dahe-daily-2026-04-18-p01-01.html", item.Element("link")!.Value);
        Assert.Equal("示范区召开生态环境保护督察工作推进会。会议要求逐项整改。", item.Element("description")!.Value);
        Assert.Equal(["郭树勋", "李明"], item.Elements(Dc + "creator").Select(e => e.Value));
        Assert.Equal(["生态环境", "督察整改", "问题清单"], item.Elements("category").Select(e => e.Value));
        var html = item.Element(Content + "encoded")!.Value;
        Assert.Contains("<p>本报讯（记者郭树勋 李明）4月18日上午，示范区召开生态环境保护督察工作推进会。</p>", html);
        Assert.Contains("<p><small>图片由示范区宣传部提供</small></p>", html);
    }

    [Fact]
    public void Rss_channel_has_language_build_date_self_link_ttl_and_a_stylesheet()
    {
        var xml = XDocument.Load(RssFeedWriter.Write(Mixed).ToStream());
        var channel = xml.Root!.Element("channel")!;

        var stylesheet = xml.Nodes().OfType<XProcessingInstruction>().Single(p => p.Target == "xml-stylesheet");
        Assert.Contains("type=\"text/xsl\"", stylesheet.Data);
        Assert.Contains("/feed/rss.xsl\"", stylesheet.Data);
        Assert.Equal("Serverless news", channel.Element("title")!.Value);
        Assert.EndsWith("/site/index.html", channel.Element("link")!.Value);
        Assert.Equal("Articles split from newspaper pages.", channel.Element("description")!.Value);
        Assert.Equal("zh-Hans", channel.Element("language")!.Value);
        // The newest revision time in the index, in the publication's zone: never the clock of the render.
        Assert.Equal("Sat, 18 Apr 2026 20:30:00 +0800", channel.Element("lastBuildDate")!.Value);
        Assert.Equal("30", channel.Element("ttl")!.Value);
        var self = channel.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.EndsWith("/feed/rss.xml", (string)self.Attribute("href")!);
        Assert.Equal("application/rss+xml", (string)self.Attribute("type")!);
    }

    [Fact]
    public void Atom_is_read_by_both_parsers_with_urn_ids_authors_and_html_content()
    {
        var atom = AtomFeedWriter.Write(Mixed);

        using var reader = XmlReader.Create(atom.ToStream());
        var syndication = SyndicationFeed.Load(reader);
        var codeHollow = FeedReader.ReadFromByteArray(atom.ToArray());

        Assert.Equal(FeedType.Atom, codeHollow.Type);
        Assert.Equal(Mixed.Items.Select(i => AtomFeedWriter.EntryId(i.Id)), syndication.Items.Select(i => i.Id));
        Assert.All(syndication.Items, i => Assert.True(Uri.IsWellFormedUriString(i.Id, UriKind.Absolute)));
        Assert.Equal(Mixed.Items.Select(i => i.Title), codeHollow.Items.Select(i => i.Title));
        var chinese = syndication.Items.Single(i => i.Id.EndsWith("p01-01", StringComparison.Ordinal));
        Assert.Equal(["郭树勋", "李明"], chinese.Authors.Select(a => a.Name));
        Assert.Equal("html", ((TextSyndicationContent)chinese.Content).Type);
        Assert.Contains("取得实效。</p>", ((TextSyndicationContent)chinese.Content).Text);
        Assert.Equal(new DateTimeOffset(2026, 4, 18, 0, 0, 0, TimeSpan.FromHours(8)), chinese.PublishDate);
        Assert.Contains(syndication.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri.EndsWith("/feed/atom.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_feed_follows_version_1_1()
    {
        using var json = JsonDocument.Parse(JsonFeedWriter.Write(Mixed));
        var root = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.EndsWith("/feed/feed.json", root.GetProperty("feed_url").GetString());
        Assert.EndsWith("/site/index.html", root.GetProperty("home_page_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Mixed.Items.Select(i => i.Id), items.Select(i => i.GetProperty("id").GetString()));
        foreach (var item in items)
        {
            // Spec: id required; content_html or content_text required; dates RFC 3339; only known keys or _extensions.
            Assert.Equal(JsonValueKind.String, item.GetProperty("id").ValueKind);
            Assert.False(string.IsNullOrEmpty(item.GetProperty("content_html").GetString()));
            Assert.True(Uri.IsWellFormedUriString(item.GetProperty("url").GetString(), UriKind.Absolute));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$", item.GetProperty("date_published").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$", item.GetProperty("date_modified").GetString());
            Assert.All(item.EnumerateObject(), p => Assert.Contains(p.Name, JsonFeedItemKeys));
        }

        var chinese = items.Single(i => i.GetProperty("id").GetString() == "dahe-daily-2026-04-18-p01-01");
        Assert.Equal(["郭树勋", "李明"], chinese.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["生态环境", "督察整改", "问题清单"], chinese.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2026-04-18T00:00:00+08:00", chinese.GetProperty("date_published").GetString());
    }

    private static readonly string[] JsonFeedItemKeys =
        ["id", "url", "external_url", "title", "content_html", "content_text", "summary", "image", "banner_image",
         "date_published", "date_modified", "authors", "tags", "language", "attachments"];

    [Fact]
    public void Hostile_text_stays_well_formed_and_reads_back_literally_in_every_format()
    {
        var document = FeedFixtures.Document(TestArticles.Adversarial());
        var expectedTitle = "Kicker <b>bold</b> & \"quoted\"｜<script>alert('x')</script> & ]]> 😀 标题——Sub ]]> & <i>";
        var expectedParagraph = "First <script>alert(1)</script> paragraph & more ]]> end.";

        foreach (var xml in new[] { RssFeedWriter.Write(document), AtomFeedWriter.Write(document) })
        {
            // A strict reader: throws on anything not well-formed or outside XML 1.0.
            using var reader = XmlReader.Create(xml.ToStream(), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            var feed = SyndicationFeed.Load(reader);
            var item = Assert.Single(feed.Items);
            Assert.Equal(expectedTitle, item.Title.Text);
            Assert.Equal(["<tag>", "a&b", "]]>"], item.Categories.Select(c => c.Name));
            Assert.DoesNotContain(xml.ToString(), c => c < 0x20 && c is not '\t' and not '\n' and not '\r');

            var parsed = FeedReader.ReadFromByteArray(xml.ToArray());
            Assert.Equal(expectedTitle, parsed.Items.Single().Title);
        }

        var rssItem = XDocument.Load(RssFeedWriter.Write(document).ToStream()).Descendants("item").Single();
        var html = rssItem.Element(Content + "encoded")!.Value;
        // The HTML carries the text escaped, so a reader shows "<script>" instead of running it.
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains($"<p>{WebUtility.HtmlEncode(expectedParagraph)}</p>", html);
        Assert.Equal(expectedParagraph, WebUtility.HtmlDecode(html.Split("</p>")[0]["<p>".Length..]));
        Assert.Contains("Controls:|tab\there 😀👍🏽", html);
        Assert.Equal("O'Brien & <Partners>", rssItem.Element(Dc + "creator")!.Value);

        using var json = JsonDocument.Parse(JsonFeedWriter.Write(document));
        var jsonItem = json.RootElement.GetProperty("items")[0];
        Assert.Equal(expectedTitle, jsonItem.GetProperty("title").GetString());
        Assert.DoesNotContain("<script>", jsonItem.GetProperty("content_html").GetString());
    }

    [Fact]
    public void Same_index_renders_the_same_bytes()
    {
        var first = FeedFixtures.Document(TestArticles.Chinese(), TestArticles.English("en-1"));
        var second = FeedFixtures.Document(TestArticles.Chinese(), TestArticles.English("en-1"));

        Assert.Equal(RssFeedWriter.Write(first).ToArray(), RssFeedWriter.Write(second).ToArray());
        Assert.Equal(AtomFeedWriter.Write(first).ToArray(), AtomFeedWriter.Write(second).ToArray());
        Assert.Equal(JsonFeedWriter.Write(first).ToArray(), JsonFeedWriter.Write(second).ToArray());
    }

    [Theory]
    [InlineData("+08:00", "2026-04-18T00:00:00+08:00")]
    [InlineData("-05:00", "2026-04-18T00:00:00-05:00")]
    [InlineData("Asia/Tokyo", "2026-04-18T00:00:00+09:00")]
    [InlineData("America/New_York", "2026-04-18T00:00:00-04:00")]
    public void Page_dates_use_the_publications_time_zone(string zone, string expected)
    {
        var options = new PublishOptions();
        options.Publications["harbour-times"] = new PublicationOptions { TimeZone = zone, Title = "Harbour Times" };

        var document = FeedFixtures.Document(FeedScope.For("harbour-times"), options, TestArticles.English("en-1"));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), document.Items.Single().Published);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, document.Items.Single().Published.Offset);
        Assert.Equal("Harbour Times", document.Channel.Title);
        Assert.EndsWith("/feed/harbour-times/rss.xml", document.Channel.Self[FeedFormat.Rss].AbsoluteUri);
    }

    [Fact]
    public void Stylesheet_turns_the_feed_into_a_readable_page()
    {
        var transform = new XslCompiledTransform();
        using (var xsl = XmlReader.Create(FeedStylesheet.Content.ToStream()))
        {
            transform.Load(xsl);
        }

        var output = new StringBuilder();
        using (var rss = XmlReader.Create(RssFeedWriter.Write(Mixed).ToStream()))
        using (var writer = XmlWriter.Create(output, transform.OutputSettings))
        {
            transform.Transform(rss, writer);
        }

        var page = output.ToString();
        Assert.Contains("<html lang=\"zh-Hans\">", page);
        Assert.Contains("<title>Serverless news (RSS)</title>", page);
        Assert.Contains(">示范区生态环境保护督察工作推进会强调｜扛牢责任 抓好整改 确保成效——各部门要把问题清单转化为责任清单</a>", page);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>", page);
    }
}
