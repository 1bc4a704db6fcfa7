namespace Serverless.Publishing.Storage;

public static class ContentTypes
{
    public const string Json = "application/json; charset=utf-8";
    public const string Rss = "application/rss+xml; charset=utf-8";
    public const string Atom = "application/atom+xml; charset=utf-8";
    public const string JsonFeed = "application/feed+json; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";
    public const string Xslt = "text/xsl; charset=utf-8";
    public const string Opml = "text/x-opml; charset=utf-8";
}
