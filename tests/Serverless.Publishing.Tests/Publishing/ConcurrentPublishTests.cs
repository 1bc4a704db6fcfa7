using System.Xml.Linq;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>Many workers publishing at once, as blob triggers do: no article lost, none twice, feeds match the final index.</summary>
[Trait("Category", "Integration")]
public sealed class ConcurrentPublishTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Two_hundred_articles_from_eight_workers_all_land_once()
    {
        await using var host = await PublishingHost.StartAsync(azurite, new Dictionary<string, string?> { ["Publishing:MaxItems"] = "250" });
        string[] publications = ["dahe-daily", "harbour-times"];
        var articles = Enumerable.Range(1, 200)
            .Select(i => TestArticles.Make($"article-{i:D3}", publications[i % 2], $"2026-04-{1 + (i % 28):D2}", i))
            .ToList();
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (a, ct) => await host.UploadAsync(a, ct));

        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (a, ct) =>
            await host.Publisher.PublishAsync(EnrichPageService.ArticleName(a.Id), ct));

        var (all, _) = await host.Indexes.ReadAsync(FeedScope.All, CancellationToken.None);
        Assert.Equal(articles.Select(a => a.Id).Order(), all.Items.Select(e => e.Id).Order());
        foreach (var publication in publications)
        {
            var (index, _) = await host.Indexes.ReadAsync(FeedScope.For(publication), CancellationToken.None);
            Assert.Equal(articles.Where(a => a.Page.Publication == publication).Select(a => a.Id).Order(), index.Items.Select(e => e.Id).Order());

            // The feed written last must be the one of the final index, however the workers interleaved.
            var feed = XDocument.Parse(await host.ReadTextAsync(host.Storage.Feed, $"{publication}/rss.xml"));
            Assert.Equal(index.Items.Select(e => e.Id), feed.Descendants("guid").Select(g => g.Value));
        }

        var rss = XDocument.Parse(await host.ReadTextAsync(host.Storage.Feed, "rss.xml"));
        var guids = rss.Descendants("guid").Select(g => g.Value).ToList();
        Assert.Equal(200, guids.Count);
        Assert.Equal(all.Items.Select(e => e.Id), guids);
    }
}
