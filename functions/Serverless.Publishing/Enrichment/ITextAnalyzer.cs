using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Enrichment;

/// <summary>Language, key phrases, entities, sentiment and summary for a batch of documents.</summary>
public interface ITextAnalyzer
{
    /// <summary>Results in the order of <paramref name="documents"/>.</summary>
    Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken);
}

/// <param name="Id">Caller's id, unique within a batch.</param>
/// <param name="Text">Article paragraphs joined by "\n"; entity offsets point into it.</param>
/// <param name="ContentHash">Stable hash of the content, the cache key.</param>
public sealed record AnalysisDocument(string Id, string Text, string ContentHash, string? Title = null);

public sealed record TextAnalysis(
    string Language,
    IReadOnlyList<string> KeyPhrases,
    IReadOnlyList<Entity> Entities,
    Sentiment? Sentiment,
    IReadOnlyList<string> Summary,
    AnalysisInfo Analysis);
