using System.Net;
using System.Text.RegularExpressions;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>The site and the feed as a reader's browser shows them, served by Azurite.</summary>
[Trait("Category", "Integration")]
public sealed partial class BrowserTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    /// <summary>Screenshots land beside the test binaries (bin/.../artifacts) for people and CI to keep.</summary>
    public static string Artifacts => Path.Combine(AppContext.BaseDirectory, "artifacts");

    [ChromiumFact]
    public async Task Index_and_a_chinese_article_render_their_titles()
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        var article = TestArticles.Chinese();
        await host.PublishAsync(article);
        await host.PublishAsync(TestArticles.English("harbour-times-2026-04-17-p01-01", published: "2026-04-17"));
        var site = host.Storage.Site.Uri.AbsoluteUri + "/";

        var index = await Chromium.DumpDomAsync(new Uri(site + "index.html"), CancellationToken.None);
        Assert.Contains(TestArticles.ChineseTitle, Links().Matches(index).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.Contains("Harbour bridge reopens after repairs", index);

        var articleUrl = new Uri(site + article.Id + ".html");
        var page = await Chromium.DumpDomAsync(articleUrl, CancellationToken.None);
        Assert.Equal(TestArticles.ChineseTitle, WebUtility.HtmlDecode(Heading().Match(page).Groups[1].Value));
        Assert.Contains("<html lang=\"zh-Hans\">", page);

        // Text in the DOM says nothing about glyphs: without a CJK font the screenshot would show boxes.
        Assert.Contains("Noto Sans CJK", await Chromium.ChineseFontsAsync(CancellationToken.None));
        var screenshot = Path.Combine(Artifacts, "article-zh.png");
        await Chromium.ScreenshotAsync(articleUrl, screenshot, CancellationToken.None);
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"{screenshot} looks empty");
        await Chromium.ScreenshotAsync(new Uri(site + "index.html"), Path.Combine(Artifacts, "index.png"), CancellationToken.None);
    }

    [ChromiumFact]
    public async Task Older_articles_are_reached_from_the_index_through_archive_pages_without_scripts()
    {
        await using var host = await PublishingHost.StartAsync(azurite, new Dictionary<string, string?> { ["Publishing:MaxItems"] = "1" });
        await host.PublishAsync(TestArticles.English("harbour-times-2026-04-17-p01-01", published: "2026-04-17"));
        await host.PublishAsync(TestArticles.Chinese());
        var site = host.Storage.Site.Uri.AbsoluteUri + "/";

        var index = await Chromium.DumpDomAsync(new Uri(site + "index.html"), CancellationToken.None);
        Assert.Contains(TestArticles.ChineseTitle, index);
        Assert.DoesNotContain("Harbour bridge reopens after repairs", index);
        Assert.Contains($"href=\"{site}archive/1.html\"", index);
        Assert.DoesNotContain("<script", index, StringComparison.OrdinalIgnoreCase);

        var archive = await Chromium.DumpDomAsync(new Uri(site + "archive/1.html"), CancellationToken.None);
        Assert.Contains("Harbour bridge reopens after repairs", archive);
        var publication = await Chromium.DumpDomAsync(new Uri(site + "publications/harbour-times/index.html"), CancellationToken.None);
        Assert.Contains("Harbour bridge reopens after repairs", publication);
    }

    /// <summary>
    /// Chromium applies the feed's XSLT only to XML media types; it shows application/rss+xml (the default, for readers)
    /// as text. Served as application/xml (Publishing:RssContentType), rss.xml opens as the stylesheet's page.
    /// </summary>
    [ChromiumFact]
    public async Task Rss_served_as_xml_opens_as_a_readable_page_through_its_stylesheet()
    {
        await using var host = await PublishingHost.StartAsync(azurite, new Dictionary<string, string?> { ["Publishing:RssContentType"] = "application/xml; charset=utf-8" });
        await host.PublishAsync(TestArticles.Chinese());

        var rss = new Uri(host.Storage.Feed.Uri.AbsoluteUri + "/rss.xml");
        var dom = await Chromium.DumpDomAsync(rss, CancellationToken.None);

        Assert.Contains("<title>Serverless news (RSS)</title>", dom);
        Assert.Contains(Links().Matches(dom), m => WebUtility.HtmlDecode(m.Groups[1].Value).Contains(TestArticles.ChineseTitle, StringComparison.Ordinal));
        await Chromium.ScreenshotAsync(rss, Path.Combine(Artifacts, "rss.png"), CancellationToken.None);
    }

    [GeneratedRegex("<h1>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<a href=\"[^\"]+\\.html\">(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex Links();
}
