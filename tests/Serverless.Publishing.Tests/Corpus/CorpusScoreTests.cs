using System.Globalization;
using System.Text;
using System.Text.Json;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;
using Serverless.Testing;
using Xunit.Abstractions;

namespace Serverless.Publishing.Tests.Corpus;

/// <summary>
/// Splits every sample and corpus page with the library splitter and scores it with the team's score.py against
/// its truth file. Targets from issue 3: at least 95% of articles exact over the corpus, char_f1 at least 0.98 on
/// every page, no CJK space defects, no lost characters.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    private const double ExactShareTarget = 0.95;
    private const double CharF1Target = 0.98;

    [Fact]
    public async Task Splitter_meets_the_split_quality_targets_on_the_corpus()
    {
        var shared = TestPaths.Shared
            ?? throw new InvalidOperationException("Scoring needs ../shared/eval/score.py (the team's shared folder beside the clone, or SERVERLESS_SHARED).");
        var script = new ScoreScript(Path.Combine(shared, "eval", "score.py"));
        var splitter = new PageSplitter();
        var work = Directory.CreateTempSubdirectory("corpus-score-");
        try
        {
            var scores = new PageScore[CorpusPage.All.Count];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, CorpusPage.All.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (i, cancellationToken) =>
                {
                    var page = CorpusPage.All[i];
                    var prediction = Path.Combine(work.FullName, page.Name + ".json");
                    await File.WriteAllTextAsync(prediction, await SplitToJsonAsync(splitter, page, cancellationToken), cancellationToken);
                    scores[i] = await script.ScoreAsync(page.PagePath, page.TruthPath, prediction, cancellationToken);
                });

            output.WriteLine(Table(scores));
            AssertTargets(scores);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<string> SplitToJsonAsync(IPageSplitter splitter, CorpusPage page, CancellationToken cancellationToken)
    {
        var text = PageDecoder.Decode(await File.ReadAllBytesAsync(page.PagePath, cancellationToken));
        var origin = PageOrigin.Resolve(page.Name, new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, "corpus");
        return JsonSerializer.Serialize(DraftBuilder.Build(origin, splitter.Split(text)), ArticleJson.Options);
    }

    private static void AssertTargets(IReadOnlyList<PageScore> scores)
    {
        var failures = new List<string>();
        var truth = scores.Sum(s => s.ArticlesTruth);
        var exact = scores.Sum(s => s.ArticlesExact);
        var share = truth == 0 ? 0 : (double)exact / truth;
        if (share < ExactShareTarget)
        {
            failures.Add($"{exact}/{truth} articles exact ({share:P1}), target {ExactShareTarget:P0}");
        }

        for (var i = 0; i < scores.Count; i++)
        {
            var (page, score) = (CorpusPage.All[i].Name, scores[i]);
            if (score.CharF1 < CharF1Target)
            {
                failures.Add($"{page}: char_f1 {score.CharF1.ToString(CultureInfo.InvariantCulture)} < {CharF1Target.ToString(CultureInfo.InvariantCulture)}");
            }

            if (score.CjkSpaceDefects > 0)
            {
                failures.Add($"{page}: {score.CjkSpaceDefects} CJK space defects");
            }

            if (score.CharsLost > 0)
            {
                failures.Add($"{page}: {score.CharsLost} characters lost");
            }
        }

        Assert.True(failures.Count == 0, "Split quality targets not met:\n" + string.Join('\n', failures));
    }

    private static string Table(IReadOnlyList<PageScore> scores)
    {
        var table = new StringBuilder()
            .AppendLine("| page | articles truth/pred/exact | char_f1 | headlines | authors | defects | lost |")
            .AppendLine("|---|---|---|---|---|---|---|");
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {CorpusPage.All[i].Name} | {s.ArticlesTruth}/{s.ArticlesPred}/{s.ArticlesExact} | {s.CharF1:F4} | {s.HeadlinesExact} | {s.AuthorsFound} | {s.CjkSpaceDefects} | {s.CharsLost} |");
        }

        table.AppendLine(CultureInfo.InvariantCulture,
            $"| total ({scores.Count} pages) | {scores.Sum(s => s.ArticlesTruth)}/{scores.Sum(s => s.ArticlesPred)}/{scores.Sum(s => s.ArticlesExact)} | min {scores.Min(s => s.CharF1):F4} | | | {scores.Sum(s => s.CjkSpaceDefects)} | {scores.Sum(s => s.CharsLost)} |");
        return table.ToString();
    }
}
