using System.Collections.Concurrent;

namespace Serverless.Publishing.Enrichment.Caching;

/// <summary>A process-local cache, for tests and one-off CLI runs.</summary>
public sealed class InMemoryAnalysisCache : IAnalysisCache
{
    private readonly ConcurrentDictionary<AnalysisCacheKey, TextAnalysis> entries = new();

    public int Count => entries.Count;

    public Task<TextAnalysis?> GetAsync(AnalysisCacheKey key, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryGetValue(key, out var analysis) ? analysis : null);

    public Task SetAsync(AnalysisCacheKey key, TextAnalysis analysis, CancellationToken cancellationToken)
    {
        entries[key] = analysis;
        return Task.CompletedTask;
    }
}
