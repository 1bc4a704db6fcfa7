using System.Globalization;
using System.Text;
using System.Text.Json;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;
using Serverless.Scoring;

namespace Serverless.SplitterTraining;

/// <summary>score.py's metrics summed over a set of pages, computed in process by Serverless.Scoring (the same numbers).</summary>
public sealed record SetScore(string Name, int Pages, int Exact, int Truth, int Predicted, double F1Mean, double F1Min, int HeadsOk, int Heads, int Defects, int Lost)
{
    public double ExactShare => Truth == 0 ? 0 : (double)Exact / Truth;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: {Pages} pages, articles {Exact}/{Truth} exact ({ExactShare:P1}), {Predicted} predicted, char_f1 mean {F1Mean:F4} min {F1Min:F4}, headlines {HeadsOk}/{Heads}, defects {Defects}, lost {Lost}");

    /// <summary>Splits every page with <paramref name="split"/> and scores it against its truth file.</summary>
    public static SetScore Of(string name, IReadOnlyList<TruthPage> pages, Func<TruthPage, IReadOnlyList<SplitArticle>> split)
    {
        var scores = new PageScore[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => scores[i] = Page(pages[i], split(pages[i])).Score);
        var heads = scores.Select(s => s.HeadlinesExact.Split('/').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray()).ToList();
        return new SetScore(
            name,
            pages.Count,
            scores.Sum(s => s.ArticlesExact),
            scores.Sum(s => s.ArticlesTruth),
            scores.Sum(s => s.ArticlesPred),
            scores.Length == 0 ? 0 : scores.Average(s => s.CharF1),
            scores.Length == 0 ? 0 : scores.Min(s => s.CharF1),
            heads.Sum(h => h[0]),
            heads.Sum(h => h[1]),
            scores.Sum(s => s.CjkSpaceDefects),
            scores.Sum(s => s.CharsLost));
    }

    /// <summary>Prints up to <paramref name="count"/> articles that are not exact: page, body F1, truth and predicted head.</summary>
    public static void Errors(IReadOnlyList<TruthPage> pages, Func<TruthPage, IReadOnlyList<SplitArticle>> split, int count, TextWriter output, double below = 0.99)
    {
        foreach (var page in pages)
        {
            foreach (var a in Page(page, split(page)).Articles.Where(a => a.BodyF1 < below || !a.HeadOk))
            {
                if (count-- <= 0)
                {
                    return;
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {Path.GetFileName(page.TextPath)} #{a.Truth} body_f1 {a.BodyF1:F3} head {(a.HeadOk ? "ok" : "WRONG")} truth「{a.TruthHead}」 pred「{a.PredHead}」"));
            }
        }
    }

    /// <summary>One page's report, the prediction serialized exactly as `split` prints it.</summary>
    public static PageScoreReport Page(TruthPage page, IReadOnlyList<SplitArticle> articles)
    {
        var origin = PageOrigin.Resolve(Path.GetFileName(page.TextPath), new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, "training");
        var prediction = JsonSerializer.SerializeToElement(DraftBuilder.Build(origin, articles), ArticleJson.Options);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(page.TruthPath));
        return PageScorer.Score(Encoding.UTF8.GetString(File.ReadAllBytes(page.TextPath)), truth.RootElement, prediction);
    }
}
