using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Stages;

/// <summary>The split stage's limits on Azurite: a page over a limit is refused with an error record and never altered.</summary>
[Trait("Category", "Integration")]
public sealed class PageLimitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Page = "Council opens new library\n\nSPRINGFIELD, May 2 — The council opened a new library on Monday.\n\nHarbour bridge reopens\n\nHARBOUR CITY — The bridge reopened on Friday.\n";

    [Theory]
    [InlineData("Ingest:MaxPageBytes", "100", "Ingest:MaxPageBytes allows 100")]
    [InlineData("Ingest:MaxArticlesPerPage", "1", "Ingest:MaxArticlesPerPage allows 1")]
    public async Task A_page_over_a_limit_is_refused_with_an_error_record(string setting, string value, string message)
    {
        var settings = Publishing.PublishingHost.IsolatedSettings(azurite.ConnectionString);
        settings[setting] = value;
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddPublishingPipeline()
            .BuildServiceProvider();
        var storage = services.GetRequiredService<PipelineStorage>();
        await storage.Pages.CreateIfNotExistsAsync();
        await storage.Drafts.CreateIfNotExistsAsync();
        await storage.Errors.CreateIfNotExistsAsync();
        await storage.Pages.GetBlobClient("page.txt").UploadAsync(BinaryData.FromString(Page));

        var outcome = await services.GetRequiredService<SplitPageService>().SplitAsync("page.txt", CancellationToken.None);

        Assert.Null(outcome.PageId);
        var record = ArticleJson.Deserialize<ErrorRecord>((await storage.Errors.GetBlobClient("split/page.txt.json").DownloadContentAsync()).Value.Content);
        Assert.Contains(message, record.Message);
        Assert.Empty(storage.Drafts.GetBlobs());
        Assert.Equal(Page, (await storage.Pages.GetBlobClient("page.txt").DownloadContentAsync()).Value.Content.ToString());
    }
}
