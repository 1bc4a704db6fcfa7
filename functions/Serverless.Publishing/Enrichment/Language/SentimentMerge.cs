using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>One document sentiment from the sentiments of its parts, as the service labels whole documents.</summary>
internal static class SentimentMerge
{
    public static Sentiment Merge(IReadOnlyList<(DocumentSentiment Sentiment, int Length)> parts)
    {
        if (parts.Count == 1)
        {
            var only = parts[0].Sentiment;
            return new Sentiment(only.Sentiment, Scores(only.ConfidenceScores.Positive, only.ConfidenceScores.Neutral, only.ConfidenceScores.Negative));
        }

        // Scores weighted by part length; the label follows the service: positive and negative parts make "mixed".
        double total = Math.Max(1, parts.Sum(p => p.Length));
        var positive = parts.Sum(p => p.Sentiment.ConfidenceScores.Positive * p.Length) / total;
        var neutral = parts.Sum(p => p.Sentiment.ConfidenceScores.Neutral * p.Length) / total;
        var negative = parts.Sum(p => p.Sentiment.ConfidenceScores.Negative * p.Length) / total;
        var labels = parts.Select(p => p.Sentiment.Sentiment).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var label = labels.Count == 1 ? labels.First()
            : labels.Contains("mixed") || labels.Contains("positive") && labels.Contains("negative") ? "mixed"
            : positive >= neutral && positive >= negative ? "positive"
            : negative > neutral ? "negative"
            : "neutral";
        return new Sentiment(label, Scores(positive, neutral, negative));
    }

    private static SentimentScores Scores(double positive, double neutral, double negative) =>
        new(Math.Round(positive, 2), Math.Round(neutral, 2), Math.Round(negative, 2));
}
