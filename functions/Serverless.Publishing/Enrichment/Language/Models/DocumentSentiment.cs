namespace Serverless.Publishing.Enrichment.Language;

public sealed record SentimentConfidenceScores(double Positive, double Neutral, double Negative);

public sealed record SentenceSentiment(string Text, string Sentiment, SentimentConfidenceScores ConfidenceScores, int Offset, int Length);

/// <summary>Document sentiment: positive, neutral, negative or mixed, with per-sentence detail.</summary>
public sealed record DocumentSentiment(string Id, string Sentiment, SentimentConfidenceScores ConfidenceScores) : IDocumentResult
{
    public IReadOnlyList<SentenceSentiment> Sentences { get; init; } = [];

    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
