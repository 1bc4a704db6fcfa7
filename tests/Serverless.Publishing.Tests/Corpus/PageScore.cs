using System.Text.Json;

namespace Serverless.Publishing.Tests.Corpus;

/// <summary>The metrics line score.py prints for one page.</summary>
public sealed record PageScore(
    int ArticlesTruth,
    int ArticlesPred,
    int ArticlesExact,
    double CharPrecision,
    double CharRecall,
    double CharF1,
    string HeadlinesExact,
    string AuthorsFound,
    int CjkSpaceDefects,
    int CharsLost)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static PageScore Parse(string metricsLine) =>
        JsonSerializer.Deserialize<PageScore>(metricsLine, Options)
        ?? throw new JsonException($"score.py printed JSON null: {metricsLine}");
}
