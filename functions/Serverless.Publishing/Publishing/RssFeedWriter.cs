using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Publishing;

/// <summary>Renders the feed index as RSS 2.0.</summary>
public static class RssFeedWriter
{
    public static BinaryData Write(FeedIndex index, PublishOptions options, Uri feedUrl, Uri siteUrl, DateTimeOffset now)
    {
        var feed = new SyndicationFeed(options.Title, options.Description, siteUrl)
        {
            LastUpdatedTime = now,
            Items = index.Items.Select(a => Item(a, options, siteUrl)).ToList(),
        };

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            feed.SaveAsRss20(writer);
        }

        return BinaryData.FromBytes(stream.ToArray());
    }

    private static SyndicationItem Item(Article article, PublishOptions options, Uri siteUrl)
    {
        var link = new Uri(siteUrl, $"{article.Id}.html");
        var item = new SyndicationItem(
            XmlText.Clean(article.Title),
            XmlText.Clean(string.Join(' ', article.Summary.Count > 0 ? article.Summary : article.Paragraphs.Take(1))),
            link,
            article.Id,
            Published(article, options))
        {
            PublishDate = Published(article, options),
        };
        return item;
    }

    private static DateTimeOffset Published(Article article, PublishOptions options) =>
        new(DateOnly.ParseExact(article.Page.Published, "yyyy-MM-dd").ToDateTime(TimeOnly.MinValue), options.TimeZoneOffset);
}
