using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>Serialises a SyndicationFeed as UTF-8 XML, with an optional xml-stylesheet instruction before the root.</summary>
internal static class SyndicationXml
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    /// <summary>RFC 5005's namespace, for the fh:archive marker of archive documents.</summary>
    public const string FeedHistoryNamespace = "http://purl.org/syndication/history/1.0";

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        // The model is cleaned already; this makes any miss fail loudly instead of producing a feed readers reject.
        CheckCharacters = true,
    };

    /// <summary>Declares a namespace prefix on the feed's element so extensions do not repeat it per item.</summary>
    public static void DeclarePrefix(SyndicationFeed feed, string prefix, string ns) =>
        feed.AttributeExtensions.Add(new XmlQualifiedName(prefix, XmlnsNamespace), ns);

    /// <summary>The RFC 5005 links as (rel, href); "prev-archive" is how readers walk back through the chain.</summary>
    public static IEnumerable<(string Rel, Uri Href)> PagingLinks(FeedPaging paging, FeedFormat format)
    {
        if (paging.PrevArchive is { } prev)
        {
            yield return ("prev-archive", prev[format]);
        }

        if (paging.Current is { } current)
        {
            yield return ("current", current[format]);
        }
    }

    public static BinaryData Write(SyndicationFeedFormatter formatter, Uri? stylesheet)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            if (stylesheet is not null)
            {
                writer.WriteProcessingInstruction("xml-stylesheet", $"type=\"text/xsl\" href=\"{Html.Encode(stylesheet.AbsoluteUri)}\"");
            }

            formatter.WriteTo(writer);
            writer.WriteEndDocument();
        }

        return BinaryData.FromBytes(stream.ToArray());
    }
}
