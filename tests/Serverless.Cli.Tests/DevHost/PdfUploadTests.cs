using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;
using Serverless.Testing;
using UglyToad.PdfPig.Writer;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>PDFs uploaded to pages/ by a plain client, known by their bytes: published by layout, or refused with an error record while the host goes on.</summary>
[Trait("Category", "Integration")]
public sealed class PdfUploadTests(DevHostFixture fixture) : IClassFixture<DevHostFixture>
{
    private static readonly TimeSpan Bounded = TimeSpan.FromMinutes(2);
    private readonly IHost host = fixture.Host;

    private PipelineStorage Storage => host.Services.GetRequiredService<PipelineStorage>();

    [Fact]
    public async Task A_four_page_pdf_under_a_text_name_publishes_the_articles_of_its_four_pages()
    {
        var zh = await File.ReadAllBytesAsync(TestPdfs.Fixture("pdf-zh-fixture.pdf"));
        var en = await File.ReadAllBytesAsync(TestPdfs.Fixture("pdf-en-fixture.pdf"));
        const string page = "pdf/2026-04-18/four-pages.txt"; // the bytes say PDF, not the name
        await Storage.Pages.GetBlobClient(page).UploadAsync(BinaryData.FromBytes(PdfMerger.Merge(new[] { zh, en, zh, en })));

        var progress = await WatchAsync(page);
        Assert.Equal(PageState.InFeed, progress.State);
        var articles = await ArticlesOfAsync(page);
        Assert.Equal(progress.Drafts, articles.Count);
        Assert.Equal([1, 2, 3, 4], articles.Select(a => a.Page.PageNumber!.Value).Distinct().Order());
        Assert.Equal(
            articles.Where(a => a.Page.PageNumber == 1).Select(a => a.Title).Order(),
            articles.Where(a => a.Page.PageNumber == 3).Select(a => a.Title).Order());
        Assert.All(articles, a => Assert.NotNull(a.Analysis));

        var (index, _) = await host.Services.GetRequiredService<FeedIndexStore>().ReadAsync(FeedScope.All, CancellationToken.None);
        Assert.Subset(index.Items.Select(e => e.Id).ToHashSet(), articles.Select(a => a.Id).ToHashSet());
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "scan", "no text layer" },
        { "encrypted", "encrypted" },
        { "truncated", "malformed or truncated" },
        { "invoice", "not a newspaper page" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_pdf_that_cannot_be_published_leaves_an_error_record_and_the_host_goes_on(string kind, string reason)
    {
        var page = $"pdf-refused/{Guid.NewGuid():N}-{kind}.pdf";
        await Storage.Pages.GetBlobClient(page).UploadAsync(BinaryData.FromBytes(await BytesAsync(kind)));

        var progress = await WatchAsync(page);
        Assert.Equal(PageState.Failed, progress.State);
        var record = ArticleJson.Deserialize<ErrorRecord>((await Storage.Errors.GetBlobClient($"split/{page}.json").DownloadContentAsync()).Value.Content);
        Assert.Equal(new ErrorInput("pages", page), record.Input);
        Assert.Contains(reason, record.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True((await Storage.Pages.GetBlobClient(page).ExistsAsync()).Value, "the uploaded page must never be deleted");

        var next = $"pdf-refused/{Guid.NewGuid():N}-after-{kind}.txt";
        await Storage.Pages.GetBlobClient(next).UploadAsync(BinaryData.FromBytes(await File.ReadAllBytesAsync(TestPaths.SamplePage)));
        Assert.Equal(PageState.InFeed, (await WatchAsync(next)).State);
    }

    [Fact]
    public async Task A_200_page_pdf_publishes_the_pages_within_the_limit_and_records_the_rest()
    {
        const string page = "pdf/2026-04-18/book.pdf";
        await Storage.Pages.GetBlobClient(page).UploadAsync(BinaryData.FromBytes(TestPdfs.Text(200, TestPdfs.Story)));

        await RunningDevHost.WaitAsync(async () => (await Storage.Errors.GetBlobClient($"split/{page}.json").ExistsAsync()).Value, Bounded);
        var record = ArticleJson.Deserialize<ErrorRecord>((await Storage.Errors.GetBlobClient($"split/{page}.json").DownloadContentAsync()).Value.Content);
        Assert.Contains("200 pages", record.Message, StringComparison.Ordinal);
        Assert.Contains("Pdf:MaxPages = 48", record.Message, StringComparison.Ordinal);

        await RunningDevHost.WaitAsync(async () => (await ArticlesOfAsync(page)).Count == 48, Bounded);
        Assert.Equal(Enumerable.Range(1, 48), (await ArticlesOfAsync(page)).Select(a => a.Page.PageNumber!.Value).Order());
    }

    private static async Task<byte[]> BytesAsync(string kind) => kind switch
    {
        "scan" => TestPdfs.Scan(),
        "encrypted" => TestPdfs.Encrypted(),
        "truncated" => (await File.ReadAllBytesAsync(TestPdfs.Fixture("pdf-zh-fixture.pdf")))[..40_000],
        _ => TestPdfs.Text(2, "Invoice 42"),
    };

    private async Task<PageProgress> WatchAsync(string page)
    {
        var watcher = new PipelineWatcher(Storage, host.Services.GetRequiredService<PipelineQueues>(), host.Services.GetRequiredService<FeedIndexStore>());
        return (await watcher.WaitAsync([page], Bounded, null, CancellationToken.None)).Single();
    }

    /// <summary>The page's published articles (those whose draft was enriched).</summary>
    private async Task<List<Article>> ArticlesOfAsync(string page)
    {
        var articles = new List<Article>();
        await foreach (var blob in Storage.Articles.GetBlobsAsync(prefix: ArticleIds.PageId(page) + "-"))
        {
            articles.Add(ArticleJson.Deserialize<Article>((await Storage.Articles.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content));
        }

        return articles;
    }
}
