using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;
using Serverless.Publishing.Tests.Publishing;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Stages;

/// <summary>Bad dates and missing fields at the publish stage, on Azurite: refused or skipped with an error record, and the feed keeps updating.</summary>
[Trait("Category", "Integration")]
public sealed class BadInputPublishTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("2099-12-31")]
    [InlineData("2026-02-30")]
    public async Task An_article_with_a_date_outside_the_window_is_refused_and_the_feed_keeps_updating(string published)
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        var bad = TestArticles.English("bad-date-01", published: published);
        await host.PublishAsync(bad);

        var record = await ReadRecordAsync(host, StageNames.PublishFeed, EnrichPageService.ArticleName(bad.Id));
        Assert.Contains("page.published", record.Message);

        var good = TestArticles.English("good-after-bad-01");
        await host.PublishAsync(good);
        var (index, _) = await host.Indexes.ReadAsync(CancellationToken.None);
        Assert.Equal(["good-after-bad-01"], index.Items.Select(e => e.Id));
        Assert.Contains("good-after-bad-01", await host.ReadTextAsync(host.Storage.Feed, "rss.xml"));
    }

    [Fact]
    public async Task Bad_entries_already_in_a_feed_index_are_dropped_and_reported_never_fatal()
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        var first = TestArticles.English("first-01");
        await host.PublishAsync(first);
        var template = FeedEntry.From(first, DateTimeOffset.UtcNow);
        FeedEntry[] poisoned = [template with { Id = "frozen-01", Published = "0001-01-01" }, template with { Id = "../feed/evil", Published = "2026-04-18" }];
        await host.Indexes.UpdateAsync(FeedScope.All, i => i with { Items = [.. poisoned, .. i.Items], Version = i.Version + 1 }, CancellationToken.None);

        var later = TestArticles.English("later-01", published: "2026-04-19");
        await host.PublishAsync(later);

        var (index, _) = await host.Indexes.ReadAsync(CancellationToken.None);
        Assert.Equal(["later-01", "first-01"], index.Items.Select(e => e.Id));
        var rss = await host.ReadTextAsync(host.Storage.Feed, "rss.xml");
        Assert.Contains("later-01", rss);
        Assert.DoesNotContain("frozen-01", rss);
        var record = await ReadRecordAsync(host, StageNames.PublishFeed, $"{FeedScope.All.IndexBlobName}/frozen-01");
        Assert.Contains("0001-01-01", record.Message);
        Assert.Contains("not made of", (await ReadRecordAsync(host, StageNames.PublishFeed, $"{FeedScope.All.IndexBlobName}/../feed/evil")).Message);
    }

    [Theory]
    [InlineData("""{"id":"missing-page-01","page":{},"title":"A title","contentHash":"00"}""", "page")]
    [InlineData("""{"id":"null-title-01","page":{"blob":"p.txt","publication":"x","published":"2026-04-18","ordinal":1},"title":null,"contentHash":"00"}""", "title")]
    [InlineData("""{"id":"null-body-01","page":{"blob":"p.txt","publication":"x","published":"2026-04-18","ordinal":1},"title":"T","paragraphs":null,"contentHash":"00"}""", "paragraphs")]
    [InlineData("""null""", "null")]
    public async Task An_article_with_missing_fields_leaves_an_error_record(string json, string field)
    {
        await using var host = await PublishingHost.StartAsync(azurite);
        var id = json.Split('"').ElementAtOrDefault(3) is { Length: > 2 } found ? found : "json-null-01";
        var name = EnrichPageService.ArticleName(id);
        await host.Uncounted.GetBlobContainerClient(host.Storage.Articles.Name).GetBlobClient(name).UploadAsync(BinaryData.FromString(json));

        await host.Publisher.PublishAsync(name, CancellationToken.None);

        Assert.Contains(field, (await ReadRecordAsync(host, StageNames.PublishFeed, name)).Message);
    }

    private static async Task<ErrorRecord> ReadRecordAsync(PublishingHost host, string stage, string input)
    {
        var blob = host.Uncounted.GetBlobContainerClient(host.Storage.Errors.Name).GetBlobClient(BlobNames.ErrorRecord(stage, input).Value);
        return ArticleJson.Deserialize<ErrorRecord>((await blob.DownloadContentAsync()).Value.Content);
    }
}
