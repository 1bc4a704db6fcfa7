using System.Text.Json;
using Serverless.Scoring;

namespace Serverless.Scoring.Tests;

/// <summary>
/// A hand-made two-story page (Pages/two-stories.*): a Chinese story with a layout space left between two CJK
/// characters, an English story cut short under half its headline, a photo credit with a generated title. The
/// expected lines are what score.py printed for these files.
/// </summary>
public sealed class PageScorerTests
{
    private static string Pages => Path.Combine(AppContext.BaseDirectory, "Pages");

    [Fact]
    public void Scores_the_page_as_score_py_does()
    {
        var report = PageScorer.ScoreFiles(Path.Combine(Pages, "two-stories.txt"), Path.Combine(Pages, "two-stories.truth.json"), Path.Combine(Pages, "two-stories.pred.json"));

        Assert.Equal(
            [
                """{"truth": 0, "pred": 0, "body_f1": 1.0, "head_ok": true, "truth_head": "花开满园", "pred_head": "花开满园"}""",
                """{"truth": 1, "pred": 1, "body_f1": 0.871, "head_ok": false, "truth_head": "Bridgereopens", "pred_head": "Bridge"}""",
                """{"articles_truth": 2, "articles_pred": 3, "articles_exact": 1, "char_precision": 0.9897, "char_recall": 0.7607, "char_f1": 0.8602, "headlines_exact": "1/2", "authors_found": "2/3", "cjk_space_defects": 1, "chars_lost": 16}""",
            ],
            report.Lines(verbose: true));
    }

    [Fact]
    public void An_empty_prediction_finds_nothing_and_loses_every_character()
    {
        var page = File.ReadAllText(Path.Combine(Pages, "two-stories.txt"));
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Pages, "two-stories.truth.json")));
        using var empty = JsonDocument.Parse("[]");

        var report = PageScorer.Score(page, truth.RootElement, empty.RootElement);

        Assert.Equal(
            """{"articles_truth": 2, "articles_pred": 0, "articles_exact": 0, "char_precision": 0.0, "char_recall": 0.0, "char_f1": 0.0, "headlines_exact": "0/2", "authors_found": "0/3", "cjk_space_defects": 0, "chars_lost": 117}""",
            report.Score.ToJsonLine());
        Assert.All(report.Articles, a => Assert.Null(a.Pred));
    }

    [Fact]
    public void Windows_line_ends_number_the_lines_as_python_reads_them()
    {
        var page = File.ReadAllText(Path.Combine(Pages, "two-stories.txt")).Replace("\n", "\r\n", StringComparison.Ordinal);
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Pages, "two-stories.truth.json")));
        using var prediction = JsonDocument.Parse(File.ReadAllText(Path.Combine(Pages, "two-stories.pred.json")));

        Assert.Equal(1, PageScorer.Score(page, truth.RootElement, prediction.RootElement).Score.ArticlesExact);
    }

    [Fact]
    public void The_metrics_line_reads_back()
    {
        var score = PageScore.Parse("""{"articles_truth": 2, "articles_pred": 3, "articles_exact": 1, "char_precision": 0.9897, "char_recall": 0.7607, "char_f1": 0.8602, "headlines_exact": "1/2", "authors_found": "2/3", "cjk_space_defects": 1, "chars_lost": 16}""");

        Assert.Equal(new PageScore(2, 3, 1, 0.9897, 0.7607, 0.8602, "1/2", "2/3", 1, 16), score);
    }
}
