using System.Text.Json.Serialization;

namespace Serverless.Publishing.Articles;

/// <summary>The article contract read by the feed, consumers and evaluation. Field names are fixed.</summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required PageRef Page { get; init; }
    public ArticleKind Kind { get; init; } = ArticleKind.News;
    public string? Kicker { get; init; }
    public required string Title { get; init; }
    public TitleSource TitleSource { get; init; } = TitleSource.Printed;
    public string? Subtitle { get; init; }
    public string? Dateline { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
    public string? Language { get; init; }
    public IReadOnlyList<string> KeyPhrases { get; init; } = [];
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public Sentiment? Sentiment { get; init; }
    public IReadOnlyList<string> Summary { get; init; } = [];
    public AnalysisInfo? Analysis { get; init; }
    public required string ContentHash { get; init; }

    /// <summary>What the pipeline doubted or repaired on the way (a page date not used, bytes that did not decode); empty when nothing.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The text analysers see: paragraphs joined by "\n"; entity offsets point into it.</summary>
    [JsonIgnore]
    public string BodyText => string.Join('\n', Paragraphs);
}

/// <param name="Ordinal">The article's number in its upload; in a multi-page PDF, page n's run from (n-1)*100+1.</param>
public sealed record PageRef(string Blob, string Publication, string Published, int Ordinal)
{
    /// <summary>The page within a PDF (1-based); absent for text pages.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PageNumber { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ArticleKind>))]
public enum ArticleKind
{
    [JsonStringEnumMemberName("news")] News,
    [JsonStringEnumMemberName("column")] Column,
    [JsonStringEnumMemberName("photo")] Photo,
    [JsonStringEnumMemberName("other")] Other,
}

[JsonConverter(typeof(JsonStringEnumConverter<TitleSource>))]
public enum TitleSource
{
    [JsonStringEnumMemberName("printed")] Printed,
    [JsonStringEnumMemberName("generated")] Generated,
}

/// <summary>A named entity in Azure AI Language's shape.</summary>
public sealed record Entity(
    string Text,
    string Category,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Subcategory,
    int Offset,
    int Length,
    double ConfidenceScore);

public sealed record Sentiment(string Label, SentimentScores ConfidenceScores);

public sealed record SentimentScores(double Positive, double Neutral, double Negative);

public sealed record AnalysisInfo(string Provider, string ModelVersion);
