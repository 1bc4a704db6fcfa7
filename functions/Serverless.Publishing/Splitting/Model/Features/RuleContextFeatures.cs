namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// The rules' verdicts in context, as conjunctions a linear model cannot build itself: the unit's role with the tag the
/// attacher gave it, where a line sits in the rules' article, the page's habits as the rules read them (headlines
/// after or before, blank lines used), and the cuts the unit reader made inside a block. They let the model learn
/// when a verdict holds, instead of taking it or leaving it everywhere.
/// </summary>
public sealed class RuleContextFeatures : ILineFeatureSource
{
    private static readonly uint KindTag = FeatureHash.Template("rule-kind-tag");
    private static readonly uint UnitCut = FeatureHash.Template("rule-unit-cut");
    private static readonly uint DraftPlace = FeatureHash.Template("rule-draft-place");
    private static readonly uint DraftSize = FeatureHash.Template("rule-draft-size");
    private static readonly uint SideTag = FeatureHash.Template("rule-side-tag");
    private static readonly uint BlankTag = FeatureHash.Template("rule-blank-tag");
    private static readonly uint NextTag = FeatureHash.Template("rule-next-tag");

    private static readonly double[] SizeBounds = [1, 3, 8, 20, 50];

    public void Add(PageContext page, FeatureSink[] sinks)
    {
        var side = HeadlineSide(page);
        var sizes = new Dictionary<int, int>();
        foreach (var a in page.RuleArticles)
        {
            sizes[a] = sizes.GetValueOrDefault(a) + 1;
        }

        for (var k = 0; k < page.Count; k++)
        {
            var sink = sinks[k];
            var number = page.Positions[k];
            var tag = (int)page.RuleTags[k];
            var article = page.RuleArticles[k];
            var unit = page.UnitOf[number];
            var kind = unit is null ? 15 : (int)unit.Kind;
            sink.Add(KindTag, kind * 16 + tag, true);
            sink.Add(UnitCut, unit is not null && page.IndexInUnit[number] == 0 && !unit.GapBefore && number > 0 ? 1 + kind : 0);
            var first = k == 0 || page.RuleArticles[k - 1] != article;
            var last = k + 1 == page.Count || page.RuleArticles[k + 1] != article;
            sink.Add(DraftPlace, ((first ? 1 : 0) + (last ? 2 : 0)) * 16 + tag, true);
            sink.Add(DraftSize, FeatureHash.Bucket(sizes[article], SizeBounds) * 16 + tag);
            sink.Add(SideTag, side * 16 + tag, true);
            sink.Add(BlankTag, (page.Profile.BlankLines ? 16 : 0) + tag);
            sink.Add(NextTag, tag * 16 + (k + 1 < page.Count ? (int)page.RuleTags[k + 1] : 9));
        }
    }

    /// <summary>The page's headline side as the rules drew it: 0 none, 1 mostly before, 2 mixed, 3 mostly after.</summary>
    private static int HeadlineSide(PageContext page)
    {
        var before = page.RuleTags.Count(t => t == LineTag.HeadNext);
        var after = page.RuleTags.Count(t => t == LineTag.HeadPrev);
        return before + after == 0 ? 0 : after * 4 < before ? 1 : before * 4 < after ? 3 : 2;
    }
}
