using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>
/// Names and ids built to reach another container (issue 11), fed to the running dev host on Azurite: each is refused
/// with an error record when a stage reads them, nothing private reaches a public blob, nothing is written outside its container, and the
/// host keeps publishing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HostileNameTests(DevHostFixture fixture) : IClassFixture<DevHostFixture>
{
    private const string Secret = "SECRET-NOTE-7f3a: not for publication";
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(90);
    private readonly IHost host = fixture.Host;

    private PipelineStorage Storage => host.Services.GetRequiredService<PipelineStorage>();

    private PipelineQueues Queues => host.Services.GetRequiredService<PipelineQueues>();

    /// <summary>The message the previous stage would send for the blob written by hand: the stage then reads that blob.</summary>
    private static PageWork Work(Article article) => new(article.Page.Blob, ArticleIds.PageId(article.Page.Blob), [1]);

    [Fact]
    public async Task A_page_named_with_backslash_dot_segments_never_reads_the_private_blob_it_points_at()
    {
        await Storage.Cache.GetBlobClient("secret-note.txt").UploadAsync(BinaryData.FromString(Secret), overwrite: true);

        // The SDK sends the backslashes escaped (%5C); Azurite stores them as '/', so the trigger sees a/../../cache/secret-note.txt.
        await Storage.Pages.GetBlobClient(@"a\..\..\cache\secret-note.txt").UploadAsync(BinaryData.FromString("Harmless page\n\nSome text.\n"), overwrite: true);
        var stored = await SingleNameAsync(Storage.Pages, "a/");
        Assert.Equal("a/../../cache/secret-note.txt", stored);

        var record = await ErrorRecordAsync(StageNames.SplitPage, stored);
        Assert.Equal(new ErrorInput(Storage.Pages.Name, stored), record.Input);
        Assert.Equal(nameof(UnsafeBlobNameException), record.Error);
        Assert.Contains("'..' path segment", record.Message);

        await AssertStillPublishingAsync();
        await AssertNoPublicBlobContainsAsync(Secret);
        Assert.Equal(Secret, (await Storage.Cache.GetBlobClient("secret-note.txt").DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task A_draft_whose_id_leaves_the_articles_container_is_refused()
    {
        var draft = Draft("evil/draft-page.txt") with { Id = "../site/evil-draft" };
        var draftName = BlobNames.Draft(ArticleIds.PageId(draft.Page.Blob), 1).Value;
        await Storage.Drafts.GetBlobClient(draftName).UploadAsync(ArticleJson.Serialize(draft), overwrite: true);
        await Queues.Enrich.SendMessageAsync(Work(draft).ToJson());

        var record = await ErrorRecordAsync(StageNames.EnrichArticle, draftName);
        Assert.Equal(new ErrorInput(Storage.Drafts.Name, draftName), record.Input);
        Assert.Contains("../site/evil-draft", record.Message);

        await AssertStillPublishingAsync();
        Assert.False((await Storage.Site.GetBlobClient("evil-draft.json").ExistsAsync()).Value);
    }

    [Fact]
    public async Task An_article_whose_id_leaves_the_site_container_is_refused()
    {
        var article = Draft("evil/article-page.txt") with { Id = "../feed/evil-article" };
        var articleName = EnrichPageService.ArticleName(ArticleIds.ArticleId(ArticleIds.PageId(article.Page.Blob), 1));
        await Storage.Articles.GetBlobClient(articleName).UploadAsync(ArticleJson.Serialize(article), overwrite: true);
        await Queues.Publish.SendMessageAsync(Work(article).ToJson());

        var record = await ErrorRecordAsync(StageNames.PublishFeed, articleName);
        Assert.Equal(new ErrorInput(Storage.Articles.Name, articleName), record.Input);
        Assert.Contains("../feed/evil-article", record.Message);

        await AssertStillPublishingAsync();
        Assert.False((await Storage.Feed.GetBlobClient("evil-article.html").ExistsAsync()).Value);
        var (index, _) = await host.Services.GetRequiredService<FeedIndexStore>().ReadAsync(CancellationToken.None);
        Assert.DoesNotContain(index.Items, e => e.Id.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_carrying_another_articles_id_is_refused()
    {
        var victim = ArticleIds.ArticleId(ArticleIds.PageId("victim/page.txt"), 1);
        var draft = Draft("evil/impostor.txt") with { Id = victim };
        var draftName = BlobNames.Draft(ArticleIds.PageId(draft.Page.Blob), 1).Value;
        await Storage.Drafts.GetBlobClient(draftName).UploadAsync(ArticleJson.Serialize(draft), overwrite: true);
        await Queues.Enrich.SendMessageAsync(Work(draft).ToJson());

        var record = await ErrorRecordAsync(StageNames.EnrichArticle, draftName);
        Assert.Contains("named for article", record.Message);
        Assert.False((await Storage.Articles.GetBlobClient(EnrichPageService.ArticleName(victim)).ExistsAsync()).Value);
    }

    private static Article Draft(string pageBlob)
    {
        var origin = new PageOrigin(pageBlob, "evil", new DateOnly(2026, 12, 1));
        return DraftBuilder.Build(origin, [new SplitArticle { Title = "Evil headline", Paragraphs = ["Evil body text."] }])[0];
    }

    private static async Task<string> SingleNameAsync(BlobContainerClient container, string prefix)
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(prefix: prefix))
        {
            names.Add(blob.Name);
        }

        return Assert.Single(names);
    }

    private async Task<ErrorRecord> ErrorRecordAsync(string stage, string input)
    {
        var blob = Storage.Errors.GetBlobClient(BlobNames.ErrorRecord(stage, input));
        using var deadline = new CancellationTokenSource(Bounded);
        while (!(await blob.ExistsAsync(deadline.Token)).Value)
        {
            await Task.Delay(200, deadline.Token);
        }

        return ArticleJson.Deserialize<ErrorRecord>((await blob.DownloadContentAsync()).Value.Content);
    }

    private async Task AssertStillPublishingAsync()
    {
        var page = $"good/{Guid.NewGuid():N}.txt";
        await Storage.Pages.GetBlobClient(page).UploadAsync(
            BinaryData.FromString("Council opens new library\n\nSPRINGFIELD, May 2 — The council opened a new library on Monday.\n"), overwrite: true);
        var watcher = new PipelineWatcher(Storage, host.Services.GetRequiredService<PipelineQueues>(), host.Services.GetRequiredService<FeedIndexStore>());
        Assert.Equal(PageState.InFeed, (await watcher.WaitAsync([page], Bounded, null, CancellationToken.None)).Single().State);
    }

    private async Task AssertNoPublicBlobContainsAsync(string text)
    {
        foreach (var container in new[] { Storage.Feed, Storage.Site })
        {
            await foreach (var blob in container.GetBlobsAsync())
            {
                var content = (await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString();
                Assert.DoesNotContain(text, content);
            }
        }
    }
}
