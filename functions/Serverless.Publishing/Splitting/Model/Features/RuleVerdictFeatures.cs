using Serverless.Publishing.Splitting.Blocks;

namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>What the rule splitter decided: the unit's role, where the line sits in its unit, and the rules' tag.</summary>
public sealed class RuleVerdictFeatures : ILineFeatureSource
{
    private static readonly uint RuleTag = FeatureHash.Template("rule-tag");
    private static readonly uint RuleTagPair = FeatureHash.Template("rule-tag-pair");
    private static readonly uint RuleBoundary = FeatureHash.Template("rule-boundary");
    private static readonly uint UnitKindT = FeatureHash.Template("unit-kind");
    private static readonly uint UnitPlace = FeatureHash.Template("unit-place");
    private static readonly uint UnitSize = FeatureHash.Template("unit-size");
    private static readonly uint StartsArticle = FeatureHash.Template("unit-starts");
    private static readonly uint BylineOnly = FeatureHash.Template("unit-byline");
    private static readonly uint Subhead = FeatureHash.Template("unit-subhead");
    private static readonly uint UnitGap = FeatureHash.Template("unit-gap");
    private static readonly uint Furniture = FeatureHash.Template("furniture");

    public void Add(PageContext page, FeatureSink[] sinks)
    {
        for (var k = 0; k < page.Count; k++)
        {
            var sink = sinks[k];
            var number = page.Positions[k];
            var tag = page.RuleTags[k];
            sink.Add(RuleTag, (int)tag, true);
            sink.Add(RuleTagPair, (k > 0 ? (int)page.RuleTags[k - 1] : 9) * 16 + (int)tag);
            sink.Add(RuleBoundary, k == 0 || page.RuleArticles[k] != page.RuleArticles[k - 1], true);
            sink.Add(Furniture, page.Rules.Furniture[number], true);
            if (page.UnitOf[number] is not { } unit)
            {
                continue;
            }

            var index = page.IndexInUnit[number];
            sink.Add(UnitKindT, (int)unit.Kind, true);
            sink.Add(UnitPlace, unit.Lines.Count == 1 ? 0 : index == 0 ? 1 : index == unit.Lines.Count - 1 ? 2 : 3, true);
            sink.Add(UnitSize, Math.Min(unit.Lines.Count, 8) * 16 + (int)unit.Kind);
            sink.Add(StartsArticle, unit.StartsArticle && index == 0, true);
            sink.Add(BylineOnly, unit.IsBylineOnly);
            sink.Add(Subhead, unit.IsSubhead);
            sink.Add(UnitGap, unit.GapBefore && index == 0);
        }
    }
}
