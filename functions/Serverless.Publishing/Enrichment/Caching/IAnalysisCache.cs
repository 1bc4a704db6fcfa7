namespace Serverless.Publishing.Enrichment.Caching;

/// <summary>Stored analyses, so that unchanged content is never analysed (and paid for) twice.</summary>
public interface IAnalysisCache
{
    Task<TextAnalysis?> GetAsync(AnalysisCacheKey key, CancellationToken cancellationToken);

    Task SetAsync(AnalysisCacheKey key, TextAnalysis analysis, CancellationToken cancellationToken);
}

/// <summary>Which analyzer, in which version, produced a result; part of every cache key.</summary>
/// <param name="Provider">"azure-language" or "local", as results name it.</param>
/// <param name="Version">Configured model version and options that change results.</param>
public sealed record AnalyzerIdentity(string Provider, string Version);

public sealed record AnalysisCacheKey(AnalyzerIdentity Analyzer, string ContentHash)
{
    /// <summary>analysis/{provider}/{version}/{contentHash}.json</summary>
    public string BlobName => $"analysis/{Segment(Analyzer.Provider)}/{Segment(Analyzer.Version)}/{Segment(ContentHash)}.json";

    private static string Segment(string value)
    {
        var safe = new string(value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '+' ? c : '_').ToArray());
        return safe.Length == 0 || safe.Trim('.').Length == 0 ? "_" : safe;
    }
}
