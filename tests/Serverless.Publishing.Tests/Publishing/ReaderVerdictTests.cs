using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Stages.Messages;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>What two real readers say of the published chain: feedparser finds every document well-formed with its archive links; newsboat reads the subscription documents.</summary>
[Trait("Category", "Integration")]
public sealed class ReaderVerdictTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [FeedReadersFact]
    public async Task Feedparser_and_newsboat_accept_every_document_of_the_archive_chain()
    {
        TestRequirements.Ensure(FeedReaders.Missing);
        await using var host = await PublishingHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Publishing:MaxItems"] = "5",
            ["Publishing:ArchivePageSize"] = "4",
        });
        for (var page = 1; page <= 3; page++)
        {
            var name = $"dahe-daily/2026-04-18/page-{page}.txt";
            var pageId = ArticleIds.PageId(name);
            foreach (var ordinal in Enumerable.Range(1, 5))
            {
                await host.UploadAsync(TestArticles.Make(ArticleIds.ArticleId(pageId, ordinal), "dahe-daily", "2026-04-18", ordinal) with
                {
                    Page = new PageRef(name, "dahe-daily", "2026-04-18", ordinal),
                    Title = $"第{page}版 第{ordinal}篇",
                });
            }

            await host.Publisher.PublishPageAsync(new PageWork(name, pageId, [.. Enumerable.Range(1, 5)]), CancellationToken.None);
        }

        var feed = new Uri(host.Storage.Feed.Uri.AbsoluteUri + "/");
        foreach (var subscription in new[] { new Uri(feed, "rss.xml"), new Uri(feed, "atom.xml") })
        {
            var entries = 0;
            var documents = 0;
            for (Uri? url = subscription; url is not null; documents++)
            {
                var (bozo, count, links) = FeedReaders.Feedparser(url);
                Assert.True(bozo == 0, $"feedparser: {url} is bozo: {links}");
                entries += count;
                url = links.Split(',').FirstOrDefault(l => l.StartsWith("prev-archive=", StringComparison.Ordinal)) is { } prev ? new Uri(prev["prev-archive=".Length..]) : null;
            }

            Assert.Equal(15, entries);
            Assert.Equal(4, documents); // 5 in the subscription document, 10 in pages of 4: 4, 4 and the open 2
        }

        Assert.Equal(10, FeedReaders.NewsboatUnread([new Uri(feed, "rss.xml"), new Uri(feed, "atom.xml")]));
    }
}
