namespace Serverless.Publishing.Publishing.Site;

/// <summary>site/{articleId}.html: kicker, title, subtitle, byline, date, body, notes, key phrases, and a link to all articles.</summary>
public sealed class ArticlePageWriter(PublicLinks links)
{
    public BinaryData Write(FeedEntry entry)
    {
        var labels = SiteLabels.For(entry.Language);
        var page = new HtmlPage(entry.Language, entry.Title, FeedFormat.All.Select(f => (f, links.Feed(FeedScope.For(entry.Publication), f))));
        page.Markup("<header class=\"site\">").Link(links.SiteIndex, entry.Publication).Markup("</header>\n<main>\n<article>\n")
            .Element("p", entry.Kicker, "kicker")
            .Element("h1", entry.Title)
            .Element("p", entry.Subtitle, "subtitle")
            .Markup("<p class=\"meta\">");
        if (entry.Authors.Count > 0)
        {
            page.Markup("<span class=\"byline\">").Text(string.Join(labels.AuthorSeparator, entry.Authors)).Markup("</span> · ");
        }

        page.Time(entry.Published, labels.Date(entry.Published)).Markup("</p>\n<div class=\"body\">\n");
        foreach (var paragraph in entry.Paragraphs)
        {
            page.Element("p", paragraph);
        }

        page.Markup("</div>\n");
        if (entry.Notes.Count > 0)
        {
            page.Markup("<div class=\"notes\">\n");
            foreach (var note in entry.Notes)
            {
                page.Element("p", note);
            }

            page.Markup("</div>\n");
        }

        if (entry.KeyPhrases.Count > 0)
        {
            page.Markup("<ul class=\"tags\" aria-label=\"").Text(labels.KeyPhrases).Markup("\">\n");
            foreach (var phrase in entry.KeyPhrases)
            {
                page.Element("li", phrase);
            }

            page.Markup("</ul>\n");
        }

        // No link to the uploaded page: it lives in the private pages container, so a reader could not open it, and the
        // link would publish a private blob's address.
        page.Markup("</article>\n</main>\n<footer class=\"site\"><p>")
            .Link(links.SiteIndex, labels.AllArticles).Markup("</p></footer>\n");
        return page.Finish();
    }
}
