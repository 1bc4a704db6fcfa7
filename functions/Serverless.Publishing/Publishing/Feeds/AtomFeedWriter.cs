using System.ServiceModel.Syndication;

namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>Atom 1.0: ids as URNs (Atom requires IRIs), HTML content, summary, authors, categories.</summary>
public static class AtomFeedWriter
{
    public static BinaryData Write(FeedDocument document)
    {
        var channel = document.Channel;
        var feed = new SyndicationFeed(channel.Title, channel.Description, channel.Link)
        {
            Id = channel.Id,
            Language = channel.Language,
            LastUpdatedTime = channel.LastBuilt ?? DateTimeOffset.UnixEpoch,
            Items = document.Items.Select(Item).ToList(),
        };

        // Atom wants an author for every entry; the publication stands in where no byline was printed.
        feed.Authors.Add(new SyndicationPerson { Name = channel.Title });
        feed.Links.Add(SyndicationLink.CreateSelfLink(channel.Self[FeedFormat.Atom], FeedFormat.Atom.MediaType));
        foreach (var (rel, href) in SyndicationXml.PagingLinks(channel.Paging, FeedFormat.Atom))
        {
            feed.Links.Add(new SyndicationLink(href, rel, title: null, FeedFormat.Atom.MediaType, length: 0));
        }

        if (channel.Paging.IsArchive)
        {
            SyndicationXml.DeclarePrefix(feed, "fh", SyndicationXml.FeedHistoryNamespace);
            feed.ElementExtensions.Add(new System.Xml.Linq.XElement(System.Xml.Linq.XNamespace.Get(SyndicationXml.FeedHistoryNamespace) + "archive"));
        }

        return SyndicationXml.Write(new Atom10FeedFormatter(feed), stylesheet: null);
    }

    /// <summary>The Atom id of an article: a URN around its stable id.</summary>
    public static string EntryId(string articleId) => $"urn:serverless:article:{articleId}";

    private static SyndicationItem Item(FeedItem source)
    {
        var item = new SyndicationItem
        {
            Id = EntryId(source.Id),
            Title = new TextSyndicationContent(source.Title),
            Summary = new TextSyndicationContent(source.Summary),
            Content = SyndicationContent.CreateHtmlContent(source.ContentHtml),
            PublishDate = source.Published,
            LastUpdatedTime = source.Updated,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(source.Link, "text/html"));
        foreach (var author in source.Authors)
        {
            item.Authors.Add(new SyndicationPerson { Name = author });
        }

        foreach (var category in source.Categories)
        {
            item.Categories.Add(new SyndicationCategory(category));
        }

        return item;
    }
}
