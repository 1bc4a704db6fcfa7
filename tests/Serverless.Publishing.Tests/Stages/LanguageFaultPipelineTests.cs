using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment.Language;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;
using Serverless.Publishing.Tests.Enrichment.Language;
using Serverless.Publishing.Tests.Publishing;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Stages;

/// <summary>
/// A Language endpoint that fails every request, through the three stages on Azurite: the page is still split,
/// enriched and published, by the offline analyzer, and each article says so (analysis.provider "local").
/// </summary>
[Trait("Category", "Integration")]
public sealed class LanguageFaultPipelineTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Page = "Council opens new library\n\nSPRINGFIELD, May 2 — The council opened a new library on Monday.\n\n"
        + "港口大桥修复后重新通车\n\n本报讯 记者张明华报道：焦作港口大桥经过三个月维修，于昨日重新通车。\n";

    public static TheoryData<string> Faults => ["429", "500", "timeout", "403"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failing_Language_service_leaves_every_article_published_by_the_offline_analyzer(string fault)
    {
        await using var endpoint = new LocalLanguageEndpoint(_ => Answer(fault));
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(Settings(endpoint.Endpoint)).Build())
            .AddLogging()
            .AddPublishingPipeline()
            .BuildServiceProvider();
        var storage = services.GetRequiredService<PipelineStorage>();
        await storage.EnsureContainersAsync(CancellationToken.None);
        await services.GetRequiredService<PipelineQueues>().EnsureQueuesAsync(CancellationToken.None);
        await storage.Pages.GetBlobClient("fault.txt").UploadAsync(BinaryData.FromString(Page));

        var split = await services.GetRequiredService<SplitPageService>().SplitAsync("fault.txt", CancellationToken.None);
        var articles = await services.GetRequiredService<EnrichPageService>().EnrichPageAsync(split.Work!, CancellationToken.None);
        await services.GetRequiredService<PublishFeedService>().PublishPageAsync(split.Work!, CancellationToken.None);

        Assert.NotEmpty(endpoint.Requests); // the service was asked, and failed
        Assert.Equal(2, articles.Count);
        Assert.All(articles, a => Assert.Equal("local", a.Analysis?.Provider));
        Assert.Contains(articles, a => a.Language == "zh-Hans");
        Assert.Contains(articles, a => a.Language == "en");
        foreach (var article in articles)
        {
            var stored = ArticleJson.Deserialize<Article>((await storage.Articles.GetBlobClient(BlobNames.Article(article.Id)).DownloadContentAsync()).Value.Content);
            Assert.Equal("local", stored.Analysis?.Provider);
            Assert.NotEmpty(stored.KeyPhrases);
        }

        var (index, _) = await services.GetRequiredService<FeedIndexStore>().ReadAsync(FeedScope.All, CancellationToken.None);
        Assert.Equal(articles.Select(a => a.Id).Order(), index.Items.Select(e => e.Id).Order());
        Assert.Empty(storage.Errors.GetBlobs());
    }

    private static ServedResponse Answer(string fault)
    {
        const string error = """{"error":{"code":"Failure","message":"test fault"}}""";
        switch (fault)
        {
            case "429":
                return new ServedResponse(429, error, [("Retry-After", "0")]);
            case "500":
                return new ServedResponse(500, error);
            case "403":
                return new ServedResponse(403, """{"error":{"code":"403","message":"Out of call volume quota."}}""", [("Retry-After", "86400")]);
            default:
                Thread.Sleep(TimeSpan.FromSeconds(2)); // longer than Language:NetworkTimeout
                return new ServedResponse(500, error);
        }
    }

    private Dictionary<string, string?> Settings(Uri endpoint)
    {
        var settings = PublishingHost.IsolatedSettings(azurite.ConnectionString);
        settings["Language:Endpoint"] = endpoint.AbsoluteUri;
        settings["Language:Key"] = "fault-key";
        // Two one-line stories, one per language: the rules cut them apart, the model (default for Chinese) does not.
        settings["Splitting:Decisions"] = "Rules";
        settings["Language:MaxRetries"] = "1";
        settings["Language:RetryDelay"] = "00:00:00.001";
        settings["Language:MaxRetryDelay"] = "00:00:00.005";
        settings["Language:NetworkTimeout"] = "00:00:00.300";
        return settings;
    }
}
