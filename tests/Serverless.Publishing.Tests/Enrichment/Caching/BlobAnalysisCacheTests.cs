using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Enrichment.Caching;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Enrichment.Caching;

/// <summary>The cache on real blob storage (Azurite): what another function instance, or a retried trigger, finds.</summary>
[Trait("Category", "Integration")]
public sealed class BlobAnalysisCacheTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly AnalyzerIdentity Azure = new("azure-language", "latest+s3");

    [Fact]
    public async Task An_analysis_round_trips_as_a_blob_named_by_provider_version_and_hash_in_a_container_created_on_demand()
    {
        var storage = Storage();
        var cache = new BlobAnalysisCache(storage);
        var key = new AnalysisCacheKey(Azure, "0f1e2d");
        var analysis = new TextAnalysis("zh-Hans", ["民生工作"],
            [new Entity("张明华", "Person", null, 6, 3, 0.93), new Entity("焦作", "Location", "GPE", 14, 2, 0.88)],
            new Sentiment("neutral", new SentimentScores(0.1, 0.8, 0.1)), ["本报讯。"], new AnalysisInfo("azure-language", "2023-04-01"));

        Assert.Null(await cache.GetAsync(key, CancellationToken.None));
        await cache.SetAsync(key, analysis, CancellationToken.None);
        var read = await cache.GetAsync(key, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(analysis with { KeyPhrases = [], Entities = [], Summary = [] }, read with { KeyPhrases = [], Entities = [], Summary = [] });
        Assert.Equal(analysis.KeyPhrases, read.KeyPhrases);
        Assert.Equal(analysis.Entities, read.Entities);
        Assert.Equal(analysis.Summary, read.Summary);
        Assert.True(await storage.Cache.GetBlobClient("analysis/azure-language/latest+s3/0f1e2d.json").ExistsAsync());
    }

    [Fact]
    public async Task A_second_instance_finds_the_first_ones_results_and_makes_no_call()
    {
        var storage = Storage();
        var documents = Enumerable.Range(0, 4).Select(i => new AnalysisDocument($"a{i}", $"第{i}篇正文。", ContentHash.Of($"标题{i}", [$"第{i}篇正文。"]))).ToList();
        var first = new CountingAnalyzer();
        var second = new CountingAnalyzer();

        var written = await Caching(first, storage).AnalyzeAsync(documents, CancellationToken.None);
        var read = await Caching(second, storage).AnalyzeAsync(documents, CancellationToken.None);

        Assert.Equal(4, first.Documents);
        Assert.Equal(0, second.Documents);
        Assert.Equal(written.Select(w => w.Summary.Single()), read.Select(r => r.Summary.Single()));
    }

    private static CachingTextAnalyzer Caching(ITextAnalyzer inner, PipelineStorage storage) =>
        new(inner, new BlobAnalysisCache(storage), Azure, NullLogger<CachingTextAnalyzer>.Instance);

    private PipelineStorage Storage()
    {
        var blobs = azurite.Blobs;
        return new PipelineStorage(blobs, blobs, Options.Create(new StorageOptions { CacheContainer = $"cache-{Guid.NewGuid():N}" }));
    }
}
