using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;

namespace Serverless.Publishing.Tests.Enrichment.Caching;

/// <summary>An analyzer that records every batch it is asked for and answers with the text's length as a key phrase.</summary>
internal sealed class CountingAnalyzer(string provider = "azure-language", string modelVersion = "2023-04-01") : ITextAnalyzer
{
    private readonly List<IReadOnlyList<AnalysisDocument>> batches = [];

    public IReadOnlyList<IReadOnlyList<AnalysisDocument>> Batches => batches;

    public int Documents => batches.Sum(b => b.Count);

    public Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken)
    {
        batches.Add(documents.ToList());
        IReadOnlyList<TextAnalysis> results = documents.Select(d => new TextAnalysis(
            "zh-Hans",
            [$"len{d.Text.Length}"],
            [new Entity(d.Text[..Math.Min(2, d.Text.Length)], "Person", null, 0, Math.Min(2, d.Text.Length), 0.9)],
            new Sentiment("neutral", new SentimentScores(0.1, 0.8, 0.1)),
            [d.Text],
            new AnalysisInfo(provider, modelVersion))).ToList();
        return Task.FromResult(results);
    }
}
