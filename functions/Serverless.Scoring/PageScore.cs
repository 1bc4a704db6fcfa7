using System.Globalization;
using System.Text.Json;

namespace Serverless.Scoring;

/// <summary>The metrics of one page, as score.py prints them.</summary>
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

    /// <summary>Reads a metrics line (score.py's last line of output).</summary>
    public static PageScore Parse(string metricsLine) =>
        JsonSerializer.Deserialize<PageScore>(metricsLine, Options)
        ?? throw new JsonException($"The scorer printed JSON null: {metricsLine}");

    /// <summary>The line score.py prints, byte for byte.</summary>
    public string ToJsonLine() => string.Create(CultureInfo.InvariantCulture,
        $"{{\"articles_truth\": {ArticlesTruth}, \"articles_pred\": {ArticlesPred}, \"articles_exact\": {ArticlesExact}, " +
        $"\"char_precision\": {PythonJson.Float(CharPrecision)}, \"char_recall\": {PythonJson.Float(CharRecall)}, \"char_f1\": {PythonJson.Float(CharF1)}, " +
        $"\"headlines_exact\": {PythonJson.String(HeadlinesExact)}, \"authors_found\": {PythonJson.String(AuthorsFound)}, " +
        $"\"cjk_space_defects\": {CjkSpaceDefects}, \"chars_lost\": {CharsLost}}}");
}

/// <summary>Which prediction a truth article (0-based) was paired with, and how well it matched.</summary>
public sealed record ArticleMatch(int Truth, int? Pred, double BodyF1, bool HeadOk, string TruthHead, string PredHead)
{
    /// <summary>The line score.py --verbose prints for the article.</summary>
    public string ToJsonLine() => string.Create(CultureInfo.InvariantCulture,
        $"{{\"truth\": {Truth}, \"pred\": {(Pred is { } pred ? pred.ToString(CultureInfo.InvariantCulture) : "null")}, \"body_f1\": {PythonJson.Float(BodyF1)}, " +
        $"\"head_ok\": {PythonJson.Bool(HeadOk)}, \"truth_head\": {PythonJson.String(TruthHead)}, \"pred_head\": {PythonJson.String(PredHead)}}}");
}

public sealed record PageScoreReport(PageScore Score, IReadOnlyList<ArticleMatch> Articles)
{
    /// <summary>score.py's output: with <paramref name="verbose"/> one line per truth article first, then the metrics.</summary>
    public IEnumerable<string> Lines(bool verbose) =>
        (verbose ? Articles.Select(a => a.ToJsonLine()) : []).Append(Score.ToJsonLine());
}
