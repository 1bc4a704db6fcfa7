using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Xunit;

namespace Serverless.Testing;

/// <summary>
/// Walks an archive chain over HTTP as a reader would, from the subscription document through prev-archive (or
/// JSON Feed's next_url), checking on the way what the W3C validator checks that matters here: well-formed XML,
/// atom:link rel="self" naming the document, RFC 822 dates, guids unique, fh:archive and "current" on archive pages.
/// </summary>
public static partial class FeedChainWalker
{
    private static readonly HttpClient Http = new();
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace History = "http://purl.org/syndication/history/1.0";

    /// <returns>Every item id in chain order, and how many documents were read.</returns>
    public static async Task<(List<string> Ids, int Documents)> RssAsync(Uri subscription)
    {
        var ids = new List<string>();
        var documents = 0;
        for (Uri? url = subscription; url is not null; documents++)
        {
            var bytes = await Http.GetByteArrayAsync(url);
            var xml = XDocument.Load(new MemoryStream(bytes));
            var channel = xml.Root!.Element("channel")!;
            var links = channel.Elements(Atom + "link").ToList();
            Assert.Equal(url.AbsoluteUri, links.Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
            Assert.All(channel.Elements("item").Select(i => i.Element("pubDate")!.Value), date => Assert.Matches(Rfc822(), date));
            var guids = channel.Elements("item").Select(i => i.Element("guid")!.Value).ToList();
            Assert.Equal(guids.Count, guids.Distinct().Count());
            CheckArchiveMarks(url, subscription, links, channel.Element(History + "archive"));

            // A real parser reads the same items.
            Assert.Equal(guids, FeedReader.ReadFromByteArray(bytes).Items.Select(i => i.Id));
            ids.AddRange(guids);
            url = Prev(links);
        }

        return (ids, documents);
    }

    public static async Task<(List<string> Ids, int Documents)> AtomAsync(Uri subscription)
    {
        var ids = new List<string>();
        var documents = 0;
        for (Uri? url = subscription; url is not null; documents++)
        {
            var bytes = await Http.GetByteArrayAsync(url);
            using var reader = XmlReader.Create(new MemoryStream(bytes));
            var feed = SyndicationFeed.Load(reader);
            var xml = XDocument.Load(new MemoryStream(bytes));
            var links = xml.Root!.Elements(Atom + "link").ToList();
            Assert.Equal(url.AbsoluteUri, links.Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
            CheckArchiveMarks(url, subscription, links, xml.Root.Element(History + "archive"));
            var entries = feed.Items.Select(i => i.Id).ToList();
            Assert.Equal(entries.Count, entries.Distinct().Count());
            ids.AddRange(entries);
            url = Prev(links);
        }

        return (ids, documents);
    }

    public static async Task<List<string>> JsonFeedAsync(Uri subscription)
    {
        var ids = new List<string>();
        for (Uri? url = subscription; url is not null;)
        {
            using var json = JsonDocument.Parse(await Http.GetByteArrayAsync(url));
            Assert.Equal(url.AbsoluteUri, json.RootElement.GetProperty("feed_url").GetString());
            ids.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            url = json.RootElement.TryGetProperty("next_url", out var next) ? new Uri(next.GetString()!) : null;
        }

        return ids;
    }

    /// <summary>The site from its index through the "older" links: every article page it links to.</summary>
    public static async Task<List<string>> SiteAsync(Uri index)
    {
        var articles = new List<string>();
        for (Uri? url = index; url is not null;)
        {
            var page = XDocument.Parse(await Http.GetStringAsync(url));
            Assert.Empty(page.Descendants("script"));
            var list = page.Descendants("ol").Single(o => (string?)o.Attribute("class") == "articles");
            articles.AddRange(list.Descendants("h2").Select(h => h.Element("a")!.Attribute("href")!.Value));
            url = page.Descendants("a").FirstOrDefault(a => (string?)a.Attribute("rel") == "prev") is { } older ? new Uri(older.Attribute("href")!.Value) : null;
        }

        return articles;
    }

    private static void CheckArchiveMarks(Uri url, Uri subscription, List<XElement> links, XElement? archiveMark)
    {
        var current = links.SingleOrDefault(l => (string?)l.Attribute("rel") == "current");
        if (url == subscription)
        {
            Assert.Null(archiveMark);
            Assert.Null(current);
        }
        else
        {
            Assert.NotNull(archiveMark);
            Assert.Equal(subscription.AbsoluteUri, current?.Attribute("href")?.Value);
        }
    }

    private static Uri? Prev(List<XElement> links) =>
        links.SingleOrDefault(l => (string?)l.Attribute("rel") == "prev-archive") is { } prev ? new Uri(prev.Attribute("href")!.Value) : null;

    // RFC 822 (with four-digit years, as RSS 2.0 asks): "Sat, 18 Apr 2026 00:00:00 +0800".
    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT|Z)$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();
}
