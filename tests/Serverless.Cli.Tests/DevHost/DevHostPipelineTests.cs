using System.ServiceModel.Syndication;
using System.Xml;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Cli.Commands;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>The dev host in-process on a test-owned Azurite: the same blob triggers and stage services as in Azure.</summary>
[Trait("Category", "Integration")]
public sealed class DevHostPipelineTests(DevHostFixture fixture) : IClassFixture<DevHostFixture>
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(90);
    private readonly IHost host = fixture.Host;
    private readonly CapturingLoggerProvider logs = fixture.Logs;

    private PipelineStorage Storage => host.Services.GetRequiredService<PipelineStorage>();

    [Fact]
    public async Task Uploaded_page_reaches_articles_and_feed_and_reupload_changes_nothing()
    {
        const string page = "dailies/2021-04-19/front.txt";
        await UploadAsync(TestPaths.SamplePage, page);

        var progress = await WatchAsync(page);
        Assert.Equal(PageState.InFeed, progress.State);
        Assert.True(progress.Drafts >= 10, $"expected at least 10 articles, got {progress.Drafts}");

        var articles = await ArticlesOfAsync(page);
        Assert.Equal(progress.Drafts, articles.Count);
        Assert.All(articles, a =>
        {
            Assert.Equal("dailies", a.Page.Publication);
            Assert.Equal("2021-04-19", a.Page.Published);
            Assert.False(string.IsNullOrWhiteSpace(a.Title));
            Assert.Equal("zh-Hans", a.Language);
            Assert.NotNull(a.Analysis);
        });

        var feed = await ReadFeedAsync();
        var guids = feed.Items.Select(i => i.Id).ToList();
        Assert.Equal(articles.Select(a => a.Id).Order(), guids.Order());

        // Same bytes again: a new blob version, so the trigger fires, but outputs must not change.
        var splits = logs.Entries.Count(e => IsSplitOf(e, page));
        await UploadAsync(TestPaths.SamplePage, "dailies/2021-04-19/front.txt");
        await logs.WaitForAsync(e => IsSplitOf(e, page), splits + 1, Bounded);

        var again = await ArticlesOfAsync(page);
        Assert.Equal(articles.Select(a => a.Id), again.Select(a => a.Id));
        var feedAgain = await ReadFeedAsync();
        Assert.Equal(guids, feedAgain.Items.Select(i => i.Id).ToList());
    }

    [Theory]
    [InlineData("empty.txt", new byte[] { 0x20, 0x0A, 0x0A, 0x20 }, "no text")]
    [InlineData("binary.txt", new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x10, 0x00, 0x11, 0x12, 0x13 }, "")]
    [InlineData("broken-utf8.txt", new byte[] { 0xE4, 0xB8, 0x41, 0x42, 0x80, 0x80, 0xFF, 0xFF, 0xFF, 0x20 }, "cannot be decoded")]
    public async Task Unreadable_page_leaves_an_error_record_and_the_host_keeps_going(string name, byte[] content, string reason)
    {
        var blobName = $"bad/{Guid.NewGuid():N}-{name}";
        await Storage.Pages.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(content));

        var progress = await WatchAsync(blobName);
        Assert.Equal(PageState.Failed, progress.State);
        Assert.Contains(reason, progress.Error, StringComparison.OrdinalIgnoreCase);

        var record = ArticleJson.Deserialize<ErrorRecord>((await Storage.Errors.GetBlobClient($"split/{blobName}.json").DownloadContentAsync()).Value.Content);
        Assert.Equal("split", record.Stage);
        Assert.Equal(new ErrorInput("pages", blobName), record.Input);
        Assert.True((await Storage.Pages.GetBlobClient(blobName).ExistsAsync()).Value, "the uploaded page must never be deleted");

        // The host is still alive: a good page after the bad one goes all the way.
        var good = await UploadTextAsync($"good/{Guid.NewGuid():N}.txt", "Council opens new library\n\nSPRINGFIELD, May 2 — The council opened a new library on Monday.\n");
        Assert.Equal(PageState.InFeed, (await WatchAsync(good)).State);
    }

    [Fact]
    public async Task Only_feed_and_site_are_readable_without_credentials_and_no_log_line_holds_the_account_key()
    {
        var page = await UploadTextAsync($"public/{Guid.NewGuid():N}.txt", "Council opens new library\n\nSPRINGFIELD, May 2 — The council opened a new library on Monday.\n");
        Assert.Equal(PageState.InFeed, (await WatchAsync(page)).State);
        var articleId = ArticleIds.ArticleId(ArticleIds.PageId(page), 1);
        using var http = new HttpClient();

        // Anonymous GETs, as anyone on the internet could send them.
        var privateBlobs = new[]
        {
            Storage.Pages.GetBlobClient(page).Uri,
            Storage.Articles.GetBlobClient(BlobNames.Article(articleId)).Uri,
            Storage.Drafts.GetBlobClient(BlobNames.Draft(ArticleIds.PageId(page), 1)).Uri,
            new Uri($"{Storage.Cache.Uri}/feed-index/all.json"),
        };
        foreach (var uri in privateBlobs)
        {
            using var response = await http.GetAsync(uri);
            Assert.False(response.IsSuccessStatusCode, $"{uri} answered {(int)response.StatusCode} without credentials");
        }

        foreach (var container in new[] { Storage.Pages, Storage.Drafts, Storage.Articles, Storage.Cache, Storage.Errors, Storage.Feed, Storage.Site })
        {
            using var listing = await http.GetAsync($"{container.Uri}?restype=container&comp=list");
            Assert.False(listing.IsSuccessStatusCode, $"{container.Name} can be listed without credentials");
        }

        using var feed = await http.GetAsync(Storage.Feed.GetBlobClient(PublishFeedService.RssBlob).Uri);
        using var article = await http.GetAsync(Storage.Site.GetBlobClient(BlobNames.ArticlePage(articleId)).Uri);
        Assert.True(feed.IsSuccessStatusCode && article.IsSuccessStatusCode, "the feed and the article page must be public");

        // Azurite's well-known key stands in for a real one: it must not appear in anything the host logged.
        var key = System.Text.RegularExpressions.Regex.Match(fixture.ConnectionString, "AccountKey=([^;]+)").Groups[1].Value;
        Assert.NotEmpty(key);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(key, StringComparison.Ordinal) || e.Values.Values.Any(v => v?.ToString()?.Contains(key, StringComparison.Ordinal) == true));
    }

    private static bool IsSplitOf(CapturedLog entry, string page) =>
        entry.Template?.StartsWith("Split page", StringComparison.Ordinal) == true && Equals(entry.Values["Page"], page);

    private async Task<string> UploadAsync(string file, string blobName)
    {
        await using var content = File.OpenRead(file);
        await Storage.Pages.GetBlobClient(blobName).UploadAsync(content, overwrite: true);
        return blobName;
    }

    private async Task<string> UploadTextAsync(string blobName, string text)
    {
        await Storage.Pages.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(text), overwrite: true);
        return blobName;
    }

    private async Task<PageProgress> WatchAsync(string page)
    {
        var watcher = new PipelineWatcher(Storage, host.Services.GetRequiredService<PipelineQueues>(), host.Services.GetRequiredService<FeedIndexStore>());
        return (await watcher.WaitAsync([page], Bounded, null, CancellationToken.None)).Single();
    }

    private async Task<List<Article>> ArticlesOfAsync(string page)
    {
        var pageId = ArticleIds.PageId(page);
        var articles = new List<Article>();
        await foreach (var draft in Storage.Drafts.GetBlobsAsync(prefix: pageId + "/"))
        {
            var draftArticle = ArticleJson.Deserialize<Article>((await Storage.Drafts.GetBlobClient(draft.Name).DownloadContentAsync()).Value.Content);
            var blob = Storage.Articles.GetBlobClient(EnrichPageService.ArticleName(draftArticle.Id));
            articles.Add(ArticleJson.Deserialize<Article>((await blob.DownloadContentAsync()).Value.Content));
        }

        return articles;
    }

    private async Task<SyndicationFeed> ReadFeedAsync()
    {
        // Anonymous HTTP, as an RSS reader would fetch it.
        using var http = new HttpClient();
        var url = Storage.Feed.GetBlobClient(PublishFeedService.RssBlob).Uri;
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }
}
