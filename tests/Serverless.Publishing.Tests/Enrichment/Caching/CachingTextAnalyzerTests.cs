using Azure;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Enrichment.Caching;

namespace Serverless.Publishing.Tests.Enrichment.Caching;

public sealed class CachingTextAnalyzerTests
{
    private static readonly AnalyzerIdentity Azure = new("azure-language", "latest+s3");

    [Fact]
    public async Task An_unchanged_batch_is_served_from_the_cache_without_calling_the_analyzer()
    {
        var inner = new CountingAnalyzer();
        var cache = new InMemoryAnalysisCache();
        var documents = Documents("甲文章正文", "乙文章正文");

        var first = await Caching(inner, cache).AnalyzeAsync(documents, CancellationToken.None);
        var second = await Caching(inner, cache).AnalyzeAsync(documents, CancellationToken.None);

        Assert.Single(inner.Batches);
        Assert.Equal(first, second);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task Only_uncached_documents_are_sent_on_and_results_keep_the_callers_order()
    {
        var inner = new CountingAnalyzer();
        var analyzer = Caching(inner, new InMemoryAnalysisCache());
        await analyzer.AnalyzeAsync(Documents("乙"), CancellationToken.None);

        var results = await analyzer.AnalyzeAsync(Documents("甲甲", "乙", "丙丙丙"), CancellationToken.None);

        Assert.Equal(["甲甲", "丙丙丙"], inner.Batches[^1].Select(d => d.Text));
        Assert.Equal(["甲甲", "乙", "丙丙丙"], results.Select(r => r.Summary.Single()));
    }

    [Fact]
    public async Task The_same_content_twice_in_a_batch_is_analysed_once()
    {
        var inner = new CountingAnalyzer();

        var results = await Caching(inner, new InMemoryAnalysisCache()).AnalyzeAsync(
            [new AnalysisDocument("a", "同一篇", "hash-1"), new AnalysisDocument("b", "同一篇", "hash-1")], CancellationToken.None);

        Assert.Equal(1, inner.Documents);
        Assert.Equal(results[0], results[1]);
    }

    [Fact]
    public async Task A_fallback_result_is_not_stored_under_the_service_so_the_service_is_asked_again_later()
    {
        var inner = new CountingAnalyzer(provider: "local");
        var cache = new InMemoryAnalysisCache();

        await Caching(inner, cache).AnalyzeAsync(Documents("配额用完时"), CancellationToken.None);
        await Caching(inner, cache).AnalyzeAsync(Documents("配额用完时"), CancellationToken.None);

        Assert.Equal(0, cache.Count);
        Assert.Equal(2, inner.Batches.Count);
    }

    [Fact]
    public async Task Another_model_version_is_another_cache_entry()
    {
        var inner = new CountingAnalyzer();
        var cache = new InMemoryAnalysisCache();

        await Caching(inner, cache).AnalyzeAsync(Documents("正文"), CancellationToken.None);
        await new CachingTextAnalyzer(inner, cache, Azure with { Version = "2024-11-01+s3" }, NullLogger<CachingTextAnalyzer>.Instance)
            .AnalyzeAsync(Documents("正文"), CancellationToken.None);

        Assert.Equal(2, inner.Batches.Count);
    }

    [Fact]
    public async Task A_failing_cache_costs_calls_not_the_enrichment()
    {
        var inner = new CountingAnalyzer();

        var results = await Caching(inner, new BrokenCache()).AnalyzeAsync(Documents("正文"), CancellationToken.None);

        Assert.Equal("正文", results.Single().Summary.Single());
    }

    [Fact]
    public void Keys_name_provider_version_and_content_hash_as_a_safe_blob_path()
    {
        var key = new AnalysisCacheKey(new AnalyzerIdentity("azure-language", "latest+abstractive/x"), "ab12");

        Assert.Equal("analysis/azure-language/latest+abstractive_x/ab12.json", key.BlobName);
    }

    private static CachingTextAnalyzer Caching(ITextAnalyzer inner, IAnalysisCache cache) =>
        new(inner, cache, Azure, NullLogger<CachingTextAnalyzer>.Instance);

    private static List<AnalysisDocument> Documents(params string[] texts) =>
        texts.Select((t, i) => new AnalysisDocument($"d{i}", t, ContentHash.Of("标题", [t]))).ToList();

    private sealed class BrokenCache : IAnalysisCache
    {
        public Task<TextAnalysis?> GetAsync(AnalysisCacheKey key, CancellationToken cancellationToken) =>
            throw new RequestFailedException(503, "Storage is down.");

        public Task SetAsync(AnalysisCacheKey key, TextAnalysis analysis, CancellationToken cancellationToken) =>
            throw new RequestFailedException(503, "Storage is down.");
    }
}
