using System.Globalization;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Splitting.Model;

namespace Serverless.SplitterTraining;

/// <summary>
/// Per page: the gate's reading (score gap of the model's reading over the rules', lines tagged differently) and the
/// articles exact with the rules and with the learned product path, to study when the rules can be trusted (a
/// tab-separated file, one row per page). Written for dev sets only, so the gate is never fitted to test pages.
/// </summary>
public static class GateReport
{
    public static void Write(string set, IReadOnlyList<TruthPage> pages, Readers model, Func<TruthPage, IReadOnlyList<SplitArticle>> rules, TextWriter output)
    {
        var margin = (float)new SplittingOptions().LearnedSideMargin;
        foreach (var page in pages)
        {
            var tagged = model.Tagger(margin).Tag(page.Context, page.Features);
            var gate = PageGate.Read(tagged);
            var l = SetScore.Page(page, LineTagger.HybridArticles(tagged)).Score;
            var r = SetScore.Page(page, rules(page)).Score;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{set}\t{Path.GetFileName(page.TextPath)}\t{gate.Lines}\t{gate.Gap:F1}\t{gate.Disagree}\t{l.ArticlesTruth}\t{l.ArticlesExact}\t{r.ArticlesExact}\t{page.Context.Script}\t{l.CharF1:F4}\t{r.CharF1:F4}"));
        }
    }
}
