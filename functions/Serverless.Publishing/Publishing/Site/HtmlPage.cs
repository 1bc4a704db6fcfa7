using System.Text;

namespace Serverless.Publishing.Publishing.Site;

/// <summary>
/// The shell every page shares. Pages are polyglot HTML5 (every element closed, attributes quoted) so tests can
/// also read them as XML; all text goes through <see cref="Html.Encode"/>. No scripts.
/// </summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder html = new();

    public HtmlPage(string? language, string title, IEnumerable<(FeedFormat Format, Uri Url)> feeds)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Html.Encode(language ?? "und")).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<title>").Append(Html.Encode(title)).Append("</title>\n");
        foreach (var (format, url) in feeds)
        {
            html.Append("<link rel=\"alternate\" type=\"").Append(format.MediaType).Append("\" href=\"").Append(Html.Encode(url.AbsoluteUri)).Append("\" />\n");
        }

        html.Append("<style>\n").Append(SiteStyles.Css).Append("\n</style>\n</head>\n<body>\n");
    }

    /// <summary>Appends an element with escaped text, or nothing when the text is empty.</summary>
    public HtmlPage Element(string tag, string? text, string? cssClass = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append('>').Append(Html.Encode(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    public HtmlPage Link(Uri href, string text, string? rel = null)
    {
        html.Append("<a href=\"").Append(Html.Encode(href.AbsoluteUri)).Append('"');
        if (rel is not null)
        {
            html.Append(" rel=\"").Append(rel).Append('"');
        }

        html.Append('>').Append(Html.Encode(text)).Append("</a>");
        return this;
    }

    public HtmlPage Time(string published, string display)
    {
        html.Append("<time datetime=\"").Append(Html.Encode(published)).Append("\">").Append(Html.Encode(display)).Append("</time>");
        return this;
    }

    public HtmlPage Text(string text)
    {
        html.Append(Html.Encode(text));
        return this;
    }

    /// <summary>Markup written by the page code itself, never article text.</summary>
    public HtmlPage Markup(string markup)
    {
        html.Append(markup);
        return this;
    }

    public BinaryData Finish() => BinaryData.FromString(html.Append("</body>\n</html>\n").ToString());
}
