using Serverless.Publishing.Publishing.Feeds;

namespace Serverless.Publishing.Publishing.Site;

/// <summary>
/// A feed as a site page: site/index.html, site/archive/{n}.html and the same under publications/{slug}/. Headlines
/// with kicker, date, publication and summary link to the article pages; "older" walks the archive chain, so every
/// article is reached from the index without scripts.
/// </summary>
public sealed class ListingPageWriter(PublicLinks links)
{
    /// <param name="publications">Publications to link to (the all-publications index); empty elsewhere.</param>
    public BinaryData Write(FeedDocument feed, IReadOnlyList<string> publications)
    {
        var channel = feed.Channel;
        var paging = channel.Paging;
        var labels = SiteLabels.For(channel.Language);
        var subscription = paging.Current ?? channel.Self;
        var heading = paging.ArchivePage is { } number ? labels.Archive(number) : labels.Newest;
        var page = new HtmlPage(channel.Language, $"{channel.Title} · {heading}", FeedFormat.All.Select(f => (f, subscription[f])));
        page.Markup("<header class=\"site\">").Link(links.SiteIndex, channel.Title).Markup("</header>\n<main>\n")
            .Element("h1", heading)
            .Element("p", channel.Description, "meta")
            .Markup("<ol class=\"articles\">\n");
        foreach (var item in feed.Items)
        {
            page.Markup("<li lang=\"").Text(item.Language ?? "und").Markup("\">\n")
                .Element("p", item.Kicker, "kicker")
                .Markup("<h2>").Link(item.Link, item.ArticleTitle).Markup("</h2>\n")
                .Element("p", item.Subtitle, "subtitle")
                .Markup("<p class=\"meta\">").Time(item.PageDate, SiteLabels.For(item.Language).Date(item.PageDate)).Text(" · " + item.Publication).Markup("</p>\n")
                .Element("p", item.Summary)
                .Markup("</li>\n");
        }

        page.Markup("</ol>\n<nav class=\"pages\"><p>");
        if (paging.PrevListing is { } older)
        {
            page.Link(older, labels.Older, rel: "prev").Text(" ");
        }

        if (paging.IsArchive)
        {
            page.Link(links.Listing(channel.Scope), labels.Newest);
        }

        page.Markup("</p></nav>\n");
        if (publications.Count > 0)
        {
            page.Markup("<nav class=\"publications\">\n").Element("h2", labels.Publications).Markup("<ul>\n");
            foreach (var publication in publications)
            {
                page.Markup("<li>").Link(links.Listing(FeedScope.For(publication)), publication).Markup("</li>\n");
            }

            page.Markup("</ul>\n</nav>\n");
        }

        page.Markup("</main>\n<footer class=\"site\"><p>").Text(labels.Feeds + ": ");
        foreach (var format in FeedFormat.All)
        {
            page.Link(subscription[format], format.FileName).Text(" ");
        }

        page.Link(links.Opml, PublicLinks.OpmlBlob).Markup("</p></footer>\n");
        return page.Finish();
    }
}
