using System.Text;

namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>The full article as an HTML fragment (content:encoded, Atom content, content_html); every text escaped.</summary>
public static class ArticleHtml
{
    public static string Fragment(FeedEntry entry)
    {
        var html = new StringBuilder();
        foreach (var paragraph in entry.Paragraphs)
        {
            html.Append("<p>").Append(Html.Encode(paragraph)).Append("</p>\n");
        }

        foreach (var note in entry.Notes)
        {
            html.Append("<p><small>").Append(Html.Encode(note)).Append("</small></p>\n");
        }

        return html.ToString();
    }
}
