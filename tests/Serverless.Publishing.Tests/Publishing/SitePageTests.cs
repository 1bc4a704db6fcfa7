using System.Xml;
using System.Xml.Linq;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Site;

namespace Serverless.Publishing.Tests.Publishing;

public sealed class SitePageTests
{
    [Fact]
    public void Article_page_shows_every_part_of_the_article_in_its_language()
    {
        var page = Parse(new ArticlePageWriter(FeedFixtures.Links()).Write(FeedEntry.From(TestArticles.Chinese(), FeedFixtures.Updated)));

        Assert.Equal("zh-Hans", page.Root!.Attribute("lang")!.Value);
        Assert.Equal("扛牢责任 抓好整改 确保成效", page.Descendants("title").Single().Value);
        Assert.Equal("示范区生态环境保护督察工作推进会强调", ByClass(page, "p", "kicker").Value);
        Assert.Equal("扛牢责任 抓好整改 确保成效", page.Descendants("h1").Single().Value);
        Assert.Equal("各部门要把问题清单转化为责任清单", ByClass(page, "p", "subtitle").Value);
        Assert.Equal("郭树勋、李明", ByClass(page, "span", "byline").Value);
        var time = page.Descendants("time").Single();
        Assert.Equal("2026-04-18", time.Attribute("datetime")!.Value);
        Assert.Equal("2026年4月18日", time.Value);
        Assert.Equal(2, ByClass(page, "div", "body").Elements("p").Count());
        Assert.Equal(["生态环境", "督察整改", "问题清单"], ByClass(page, "ul", "tags").Elements("li").Select(li => li.Value));
        var links = page.Descendants("a").Select(a => a.Attribute("href")!.Value).ToList();
        // The uploaded page is private: no link may point into the pages container.
        Assert.DoesNotContain(links, l => l.Contains("/pages/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("/site/index.html", StringComparison.Ordinal));
        Assert.Contains(page.Descendants("link"), l => (string?)l.Attribute("type") == "application/rss+xml"
            && ((string)l.Attribute("href")!).EndsWith("/feed/dahe-daily/rss.xml", StringComparison.Ordinal));
        Assert.Contains("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif", page.Descendants("style").Single().Value);
        Assert.Contains(page.Descendants("meta"), m => (string?)m.Attribute("name") == "viewport");
    }

    [Fact]
    public void Hostile_text_is_escaped_and_no_script_reaches_the_page()
    {
        var bytes = new ArticlePageWriter(FeedFixtures.Links()).Write(FeedEntry.From(TestArticles.Adversarial(), FeedFixtures.Updated));
        var page = Parse(bytes);

        Assert.Empty(page.Descendants("script"));
        Assert.Empty(page.Descendants("img"));
        Assert.Empty(page.Descendants("b"));
        Assert.Equal("<script>alert('x')</script> & ]]> 😀 标题", page.Descendants("h1").Single().Value);
        Assert.Equal("First <script>alert(1)</script> paragraph & more ]]> end.", ByClass(page, "div", "body").Elements("p").First().Value);
        Assert.Equal("<img src=x onerror=alert(1)>", ByClass(page, "div", "notes").Element("p")!.Value);
        Assert.DoesNotContain("<script", bytes.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Index_page_lists_the_newest_articles_with_links_and_feeds()
    {
        var document = FeedFixtures.Document(TestArticles.Chinese(), TestArticles.English("en-1", published: "2026-04-19"));
        var page = Parse(new ListingPageWriter(FeedFixtures.Links()).Write(document, ["dahe-daily", "Harbour Times"]));

        var items = page.Descendants("ol").Single().Elements("li").ToList();
        Assert.Equal(["en", "zh-Hans"], items.Select(li => li.Attribute("lang")!.Value));
        Assert.Equal(["Harbour bridge reopens after repairs", "扛牢责任 抓好整改 确保成效"], items.Select(li => li.Descendants("h2").Single().Value));
        Assert.EndsWith("/site/en-1.html", items[0].Descendants("a").First().Attribute("href")!.Value);
        // Headlines with kicker, date, publication and summary, not whole bodies.
        Assert.Equal("示范区生态环境保护督察工作推进会强调", items[1].Elements("p").First(p => (string?)p.Attribute("class") == "kicker").Value);
        Assert.Equal("2026-04-18", items[1].Descendants("time").Single().Attribute("datetime")!.Value);
        Assert.Contains("dahe-daily", items[1].Elements("p").First(p => (string?)p.Attribute("class") == "meta").Value);
        Assert.True(items[1].Elements("p").Last().Value.Length <= 201, "a summary, not the body");
        Assert.Equal(3, page.Descendants("link").Count(l => (string?)l.Attribute("rel") == "alternate"));
        var links = page.Descendants("a").Select(a => a.Attribute("href")!.Value).ToList();
        Assert.Contains(links, l => l.EndsWith("/site/publications/harbour-times/index.html", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("/feed/feeds.opml", StringComparison.Ordinal));
        Assert.Empty(page.Descendants("script"));
    }

    private static XElement ByClass(XDocument page, string element, string cssClass) =>
        page.Descendants(element).Single(e => (string?)e.Attribute("class") == cssClass);

    /// <summary>The pages are polyglot HTML5, so an XML parser must accept them: a cheap, strict well-formedness check.</summary>
    private static XDocument Parse(BinaryData html)
    {
        using var reader = XmlReader.Create(html.ToStream(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}
