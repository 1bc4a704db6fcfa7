using Azure;
using Microsoft.Extensions.Logging;

namespace Serverless.Publishing.Enrichment.Caching;

/// <summary>
/// Serves cached analyses by content hash and sends only the rest on, each distinct content once. Only results of
/// the keyed analyzer are stored: a fallback result (say, offline during a quota outage) is analysed again later.
/// A failing cache costs calls, never the enrichment.
/// </summary>
public sealed partial class CachingTextAnalyzer(ITextAnalyzer inner, IAnalysisCache cache, AnalyzerIdentity identity, ILogger<CachingTextAnalyzer> logger)
    : ITextAnalyzer
{
    public AnalyzerIdentity Identity => identity;

    public async Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken)
    {
        var keys = documents.Select(d => new AnalysisCacheKey(identity, d.ContentHash)).ToList();
        var cached = await Task.WhenAll(keys.Distinct().Select(async key => (key, analysis: await TryGetAsync(key, cancellationToken))));
        var found = cached.Where(c => c.analysis is not null).ToDictionary(c => c.key, c => c.analysis!);

        var misses = Enumerable.Range(0, documents.Count).Where(i => !found.ContainsKey(keys[i]))
            .DistinctBy(i => keys[i]).ToList();
        if (misses.Count > 0)
        {
            var fresh = await inner.AnalyzeAsync(misses.Select(i => documents[i]).ToList(), cancellationToken);
            var stores = new List<Task>();
            for (var k = 0; k < misses.Count; k++)
            {
                found[keys[misses[k]]] = fresh[k];
                if (fresh[k].Analysis.Provider == identity.Provider)
                {
                    stores.Add(TrySetAsync(keys[misses[k]], fresh[k], cancellationToken));
                }
            }

            await Task.WhenAll(stores);
        }

        LogBatch(logger, documents.Count, documents.Count - misses.Count, identity.Provider);
        return keys.Select(key => found[key]).ToList();
    }

    private async Task<TextAnalysis?> TryGetAsync(AnalysisCacheKey key, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetAsync(key, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            LogCacheFailed(logger, ex, "read", key.BlobName);
            return null;
        }
    }

    private async Task TrySetAsync(AnalysisCacheKey key, TextAnalysis analysis, CancellationToken cancellationToken)
    {
        try
        {
            await cache.SetAsync(key, analysis, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            LogCacheFailed(logger, ex, "write", key.BlobName);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Analysed {Count} documents, {Cached} from the cache ({Provider})")]
    private static partial void LogBatch(ILogger logger, int count, int cached, string provider);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analysis cache {Operation} of {Entry} failed; continuing without the cache")]
    private static partial void LogCacheFailed(ILogger logger, Exception exception, string operation, string entry);
}
