using System.ServiceModel.Syndication;
using System.Xml.Linq;

namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>RSS 2.0 with content:encoded, dc:creator, atom:link rel="self", ttl and a stylesheet for browsers.</summary>
public static class RssFeedWriter
{
    private static readonly XNamespace Atom = SyndicationXml.AtomNamespace;
    private static readonly XNamespace Content = SyndicationXml.ContentNamespace;
    private static readonly XNamespace DublinCore = SyndicationXml.DublinCoreNamespace;
    private static readonly XNamespace History = SyndicationXml.FeedHistoryNamespace;

    public static BinaryData Write(FeedDocument document)
    {
        var channel = document.Channel;
        var feed = new SyndicationFeed(channel.Title, channel.Description, channel.Link)
        {
            Language = channel.Language,
            Items = document.Items.Select(Item).ToList(),
        };
        if (channel.LastBuilt is { } lastBuilt)
        {
            feed.LastUpdatedTime = lastBuilt;
        }

        SyndicationXml.DeclarePrefix(feed, "atom", SyndicationXml.AtomNamespace);
        SyndicationXml.DeclarePrefix(feed, "content", SyndicationXml.ContentNamespace);
        SyndicationXml.DeclarePrefix(feed, "dc", SyndicationXml.DublinCoreNamespace);
        feed.ElementExtensions.Add(new XElement(
            Atom + "link",
            new XAttribute("href", channel.Self[FeedFormat.Rss].AbsoluteUri),
            new XAttribute("rel", "self"),
            new XAttribute("type", FeedFormat.Rss.MediaType)));
        foreach (var (rel, href) in SyndicationXml.PagingLinks(channel.Paging, FeedFormat.Rss))
        {
            feed.ElementExtensions.Add(new XElement(
                Atom + "link", new XAttribute("href", href.AbsoluteUri), new XAttribute("rel", rel), new XAttribute("type", FeedFormat.Rss.MediaType)));
        }

        if (channel.Paging.IsArchive)
        {
            SyndicationXml.DeclarePrefix(feed, "fh", SyndicationXml.FeedHistoryNamespace);
            feed.ElementExtensions.Add(new XElement(History + "archive"));
        }

        feed.ElementExtensions.Add(new XElement("ttl", channel.TtlMinutes));

        // Extensions written as plain RSS elements, not as Atom ones under an extra a10 prefix.
        return SyndicationXml.Write(new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false), channel.Stylesheet);
    }

    private static SyndicationItem Item(FeedItem source)
    {
        var item = new SyndicationItem
        {
            Id = source.Id,
            Title = new TextSyndicationContent(source.Title),
            Summary = new TextSyndicationContent(source.Summary),
            PublishDate = source.Published,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(source.Link));
        foreach (var author in source.Authors)
        {
            item.ElementExtensions.Add(new XElement(DublinCore + "creator", author));
        }

        foreach (var category in source.Categories)
        {
            item.Categories.Add(new SyndicationCategory(category));
        }

        item.ElementExtensions.Add(new XElement(Content + "encoded", source.ContentHtml));
        return item;
    }
}
