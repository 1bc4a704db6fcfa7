namespace Serverless.Publishing.Enrichment.Language;

public sealed record SummarySentence(string Text, double RankScore, int Offset, int Length);

public sealed record ExtractiveSummaryDocument(string Id, IReadOnlyList<SummarySentence> Sentences) : IDocumentResult
{
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}

public sealed record SummaryContext(int Offset, int Length);

public sealed record AbstractiveSummary(string Text)
{
    public IReadOnlyList<SummaryContext> Contexts { get; init; } = [];
}

public sealed record AbstractiveSummaryDocument(string Id, IReadOnlyList<AbstractiveSummary> Summaries) : IDocumentResult
{
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}

/// <summary>Summaries of one document set: extractive or abstractive, whichever was asked for.</summary>
public sealed record SummarizationResults(
    AnalyzeTextResults<ExtractiveSummaryDocument>? Extractive,
    AnalyzeTextResults<AbstractiveSummaryDocument>? Abstractive);
