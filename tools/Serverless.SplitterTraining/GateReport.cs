using System.Globalization;
using Serverless.Publishing.Splitting.Model;

namespace Serverless.SplitterTraining;

/// <summary>
/// Per page: how far the model's best reading stands above the rules' reading, and how each scores, to study when the
/// rules can be trusted (a tab-separated file, one row per page).
/// </summary>
public static class GateReport
{
    public static void Write(string set, IReadOnlyList<TruthPage> pages, SplitterModel model, Func<TruthPage, IReadOnlyList<Serverless.Publishing.Articles.SplitArticle>> rules, TextWriter output)
    {
        foreach (var page in pages)
        {
            var tagged = new LineTagger(model).Tag(page.Context, page.Features);
            var best = PathScore(model, tagged.Emissions, tagged.Tags);
            var ruleScore = PathScore(model, tagged.Emissions, page.Context.RuleTags);
            var learnedArticles = ArticleSegments.Assign(tagged.Tags);
            var disagree = 0;
            for (var k = 1; k < page.Context.Count; k++)
            {
                var ruleCut = page.Context.RuleArticles[k] != page.Context.RuleArticles[k - 1];
                var learnedCut = learnedArticles[k] != learnedArticles[k - 1];
                disagree += ruleCut != learnedCut ? 1 : 0;
            }

            var l = SetScore.Page(page, LineTagger.Articles(tagged)).Score;
            var r = SetScore.Page(page, rules(page)).Score;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{set}\t{Path.GetFileName(page.TextPath)}\t{page.Context.Count}\t{best - ruleScore:F1}\t{disagree}\t{l.ArticlesTruth}\t{l.ArticlesExact}\t{r.ArticlesExact}\t{page.Context.Script}"));
        }
    }

    public static float PathScore(SplitterModel model, float[] emissions, IReadOnlyList<LineTag> tags)
    {
        var score = 0f;
        var previous = LineTags.Count;
        for (var k = 0; k < tags.Count; k++)
        {
            score += model.Transitions[previous * LineTags.Count + (int)tags[k]] + emissions[k * LineTags.Count + (int)tags[k]];
            previous = (int)tags[k];
        }

        return score;
    }
}
