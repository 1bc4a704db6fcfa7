namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>The XSLT 1.0 stylesheet (feed/rss.xsl) that turns rss.xml into a readable page in a browser; feed readers ignore it.</summary>
public static class FeedStylesheet
{
    public const string BlobName = "rss.xsl";

    private const string Xslt = """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- Shows feed/rss.xml as a readable page in browsers; feed readers ignore it. -->
        <xsl:stylesheet version="1.0"
            xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
            xmlns:atom="http://www.w3.org/2005/Atom"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            exclude-result-prefixes="atom dc">
          <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="yes"/>
          <xsl:template match="/">
            <xsl:apply-templates select="rss/channel"/>
          </xsl:template>
          <xsl:template match="channel">
            <html lang="{language}">
              <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title><xsl:value-of select="title"/> (RSS)</title>
                <style>
                  body { margin: 0 auto; max-width: 44rem; padding: 1.5rem 1rem 3rem; line-height: 1.7; color: #1f2328; background: #fff;
                         font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
                  .about { background: #fff8e1; border: 1px solid #f0d98c; border-radius: .5rem; padding: .75rem 1rem; font-size: .95rem; }
                  .about code { word-break: break-all; }
                  article { border-bottom: 1px solid #e5e7eb; padding: 1rem 0; }
                  h1 { font-size: 1.6rem; margin: 1rem 0 .25rem; }
                  h2 { font-size: 1.2rem; margin: 0 0 .25rem; }
                  a { color: #0b57d0; text-decoration: none; }
                  a:hover { text-decoration: underline; }
                  .meta { color: #6b7280; font-size: .875rem; }
                </style>
              </head>
              <body>
                <p class="about">This is a news feed. Copy its address into a feed reader to subscribe:
                  <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
                <h1><xsl:value-of select="title"/></h1>
                <p><xsl:value-of select="description"/></p>
                <p class="meta"><a href="{link}">Website</a> · Updated <xsl:value-of select="lastBuildDate"/></p>
                <xsl:for-each select="item">
                  <article>
                    <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
                    <p class="meta"><xsl:value-of select="pubDate"/>
                      <xsl:for-each select="dc:creator"> · <xsl:value-of select="."/></xsl:for-each></p>
                    <p><xsl:value-of select="description"/></p>
                  </article>
                </xsl:for-each>
              </body>
            </html>
          </xsl:template>
        </xsl:stylesheet>
        """;

    public static BinaryData Content { get; } = BinaryData.FromString(Xslt);
}
