using Serverless.Publishing.Publishing.Feeds;

namespace Serverless.Publishing.Publishing.Site;

/// <summary>site/index.html: the newest articles of the all-publications feed, with links to the feeds.</summary>
public sealed class IndexPageWriter(PublicLinks links)
{
    public BinaryData Write(FeedDocument feed, FeedIndex index)
    {
        var channel = feed.Channel;
        var labels = SiteLabels.For(channel.Language);
        var page = new HtmlPage(channel.Language, channel.Title, FeedFormat.All.Select(f => (f, channel.Self[f])));
        page.Markup("<header class=\"site\">").Link(links.SiteIndex, channel.Title).Markup("</header>\n<main>\n")
            .Element("h1", labels.Newest)
            .Element("p", channel.Description, "meta")
            .Markup("<ol class=\"articles\">\n");
        foreach (var entry in index.Items)
        {
            var unspaced = Headline.IsUnspaced(entry.Language);
            page.Markup("<li lang=\"").Text(entry.Language ?? "und").Markup("\">\n")
                .Element("p", entry.Kicker, "kicker")
                .Markup("<h2>").Link(links.ArticlePage(entry.Id), entry.Title).Markup("</h2>\n")
                .Element("p", entry.Subtitle, "subtitle")
                .Markup("<p class=\"meta\">").Time(entry.Published, SiteLabels.For(entry.Language).Date(entry.Published)).Text(" · " + entry.Publication).Markup("</p>\n")
                .Element("p", Headline.Summary(entry, unspaced ? 120 : 240))
                .Markup("</li>\n");
        }

        page.Markup("</ol>\n</main>\n<footer class=\"site\"><p>").Text(labels.Feeds + ": ");
        foreach (var format in FeedFormat.All)
        {
            page.Link(channel.Self[format], format.FileName).Text(" ");
        }

        page.Markup("</p></footer>\n");
        return page.Finish();
    }
}
