using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment.Language;

namespace Serverless.Publishing.Tests.Enrichment.Language;

public sealed class SentimentMergeTests
{
    [Fact]
    public void One_part_keeps_the_services_label_and_scores() =>
        Assert.Equal(new Sentiment("positive", new SentimentScores(0.9, 0.08, 0.02)),
            SentimentMerge.Merge([(Part("positive", 0.9, 0.08, 0.02), 100)]));

    [Fact]
    public void Positive_and_negative_parts_make_a_mixed_document_with_length_weighted_scores()
    {
        var merged = SentimentMerge.Merge([(Part("positive", 0.9, 0.1, 0.0), 3000), (Part("negative", 0.0, 0.2, 0.8), 1000)]);

        Assert.Equal(new Sentiment("mixed", new SentimentScores(0.68, 0.12, 0.2)), merged);
    }

    [Fact]
    public void Neutral_and_negative_parts_follow_the_weighted_scores()
    {
        Assert.Equal("neutral", SentimentMerge.Merge([(Part("neutral", 0.1, 0.8, 0.1), 4000), (Part("negative", 0.0, 0.3, 0.7), 1000)]).Label);
        Assert.Equal("negative", SentimentMerge.Merge([(Part("neutral", 0.1, 0.6, 0.3), 1000), (Part("negative", 0.0, 0.1, 0.9), 4000)]).Label);
    }

    private static DocumentSentiment Part(string label, double positive, double neutral, double negative) =>
        new("0.0", label, new SentimentConfidenceScores(positive, neutral, negative));
}
