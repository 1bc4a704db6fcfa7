using System.Globalization;
using System.Text;
using System.Xml;

namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>
/// feed/feeds.opml (OPML 2.0): one outline per publication, so a reader subscribes to every publication in one step.
/// Each outline names the RSS feed (OPML's type "rss" stands for any feed); the all-publications feed would repeat them.
/// </summary>
public sealed class OpmlWriter(PublicLinks links, FeedDocumentBuilder documents)
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <param name="updated">The newest change among the feeds; OPML's dateModified, never the clock, so equal input gives equal bytes.</param>
    public BinaryData Write(IReadOnlyList<string> publications, DateTimeOffset? updated)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("opml");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("head");
            xml.WriteElementString("title", documents.TitleOf(FeedScope.All));
            if (updated is { } date)
            {
                xml.WriteElementString("dateModified", date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
            xml.WriteStartElement("body");
            foreach (var publication in publications.Order(StringComparer.Ordinal))
            {
                var scope = FeedScope.For(publication);
                var title = documents.TitleOf(scope);
                xml.WriteStartElement("outline");
                xml.WriteAttributeString("type", "rss");
                xml.WriteAttributeString("text", title);
                xml.WriteAttributeString("title", title);
                xml.WriteAttributeString("xmlUrl", links.Feed(scope, FeedFormat.Rss).AbsoluteUri);
                xml.WriteAttributeString("htmlUrl", links.Listing(scope).AbsoluteUri);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return BinaryData.FromBytes(stream.ToArray());
    }
}
