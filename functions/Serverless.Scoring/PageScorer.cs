using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Serverless.Scoring;

/// <summary>
/// Scores a predicted split of a page against its line-level truth file, metric for metric as ../shared/eval/score.py:
/// whole-article character overlap (precision, recall, F1) by SequenceMatcher, each truth article paired with the
/// prediction it overlaps most, exact articles (body F1 ≥ 0.99 and the printed headline), headlines, authors,
/// whitespace between CJK characters and truth characters found in no prediction.
/// </summary>
public static partial class PageScorer
{
    private const double ExactBodyF1 = 0.99;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Scores the files as score.py PAGE.txt TRUTH.json PRED.json does.</summary>
    public static PageScoreReport ScoreFiles(string page, string truth, string prediction)
    {
        using var truthJson = JsonDocument.Parse(File.ReadAllBytes(truth));
        using var predictionJson = JsonDocument.Parse(File.ReadAllBytes(prediction));
        return Score(StrictUtf8.GetString(File.ReadAllBytes(page)), truthJson.RootElement, predictionJson.RootElement);
    }

    /// <param name="page">The page text (line numbers in the truth are 1-based lines of it).</param>
    /// <param name="truth">The truth file: <c>{"articles": [{kind, kicker, title, subtitle, body, extra, authors}]}</c>.</param>
    /// <param name="prediction">A JSON array of articles, or <c>{"articles": [...]}</c>.</param>
    public static PageScoreReport Score(string page, JsonElement truth, JsonElement prediction)
    {
        // Python reads text files with universal newlines.
        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var truthArticles = truth.GetProperty("articles").EnumerateArray().Select(a => TruthArticle.Read(a, lines)).ToList();
        var predicted = PredictedArticles(prediction).Select(PredictedArticle.Read).ToList();

        var truthAll = truthArticles.Select(t => t.Head + t.Body + t.Extra).ToList();
        var predictedAll = predicted.Select(p => p.All).ToList();
        var matched = truthAll.Select(t => predictedAll.Select(p => SequenceMatcher.Matched(t, p)).ToArray()).ToArray();
        var truthTotal = truthAll.Sum(CodePoints.Length);
        var predictedTotal = predictedAll.Sum(CodePoints.Length) is var total and > 0 ? total : 1;
        var recall = (double)matched.Sum(row => row.Length > 0 ? row.Max() : 0) / truthTotal;
        var precision = predicted.Count > 0
            ? (double)Enumerable.Range(0, predicted.Count).Sum(j => matched.Max(row => row[j])) / predictedTotal
            : 0.0;
        var f1 = precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0;

        var (exact, headsOk, heads, authorsFound, authors) = (0, 0, 0, 0, 0);
        var details = new List<ArticleMatch>();
        for (var i = 0; i < truthArticles.Count; i++)
        {
            var t = truthArticles[i];
            int? j = predicted.Count > 0 ? FirstMax(matched[i]) : null;
            var p = j is { } index ? predicted[index] : PredictedArticle.None;
            var bodyMatched = SequenceMatcher.Matched(t.Body, p.Body);
            var bodyLengths = CodePoints.Length(t.Body) + CodePoints.Length(p.Body);
            var bodyF1 = t.Body.Length > 0 || p.Body.Length > 0 ? (double)(2 * bodyMatched) / bodyLengths : 1.0;
            var headOk = t.Head.Length == 0 || t.Head == p.Head;
            if (t.Head.Length > 0)
            {
                heads++;
                headsOk += headOk ? 1 : 0;
            }

            foreach (var name in t.Authors.Select(CodePoints.Lower))
            {
                authors++;
                authorsFound += p.Authors.Any(n => n.Length > 0 && (n.Contains(name, StringComparison.Ordinal) || name.Contains(n, StringComparison.Ordinal))) ? 1 : 0;
            }

            exact += bodyF1 >= ExactBodyF1 && headOk ? 1 : 0;
            details.Add(new ArticleMatch(i, j, PythonJson.Round(bodyF1, 4), headOk, t.Head, p.Head));
        }

        var defects = predicted.Sum(p => p.Paragraphs.Sum(paragraph => CjkSpace().Count(paragraph)));
        var allPredicted = string.Concat(predictedAll);
        var lost = truthArticles.SelectMany(t => new[] { t.Head, t.Body, t.Extra })
            .Where(part => part.Length > 0)
            .Sum(part => CodePoints.Length(part) - SequenceMatcher.Matched(part, allPredicted));

        var score = new PageScore(truthArticles.Count, predicted.Count, exact,
            PythonJson.Round(precision, 4), PythonJson.Round(recall, 4), PythonJson.Round(f1, 4),
            $"{headsOk}/{heads}", $"{authorsFound}/{authors}", defects, lost);
        return new PageScoreReport(score, details);
    }

    private static IEnumerable<JsonElement> PredictedArticles(JsonElement prediction) =>
        prediction.ValueKind == JsonValueKind.Object
            ? prediction.TryGetProperty("articles", out var articles) ? articles.EnumerateArray() : []
            : prediction.EnumerateArray();

    /// <summary>Python's max(range(n), key=...): the first index of the largest value.</summary>
    private static int FirstMax(int[] values)
    {
        var best = 0;
        for (var j = 1; j < values.Length; j++)
        {
            if (values[j] > values[best])
            {
                best = j;
            }
        }

        return best;
    }

    // score.py: [CJK]\s+[CJK] inside a paragraph, with Python's \s (which also takes U+001C..U+001F).
    [GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\s\u001c-\u001f]+[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")]
    private static partial Regex CjkSpace();
}
