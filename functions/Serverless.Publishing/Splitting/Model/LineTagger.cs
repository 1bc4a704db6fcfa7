using Serverless.Publishing.Articles;
using Serverless.Publishing.Splitting.Model.Features;

namespace Serverless.Publishing.Splitting.Model;

/// <summary>A page read by the model: its context, the decoded tags and each position's tag scores.</summary>
public sealed record TaggedPage(PageContext Page, LineTag[] Tags, float[] Emissions)
{
    /// <summary>How far the chosen tag's own score stands above the next best tag at a position.</summary>
    public float Margin(int position)
    {
        var row = Emissions.AsSpan(position * LineTags.Count, LineTags.Count);
        var chosen = row[(int)Tags[position]];
        var other = float.NegativeInfinity;
        for (var t = 0; t < row.Length; t++)
        {
            if (t != (int)Tags[position])
            {
                other = Math.Max(other, row[t]);
            }
        }

        return chosen - other;
    }
}

/// <summary>Tags a page's lines with the model: rules → features → emissions → Viterbi.</summary>
public sealed class LineTagger(SplitterModel model)
{
    public TaggedPage Tag(RuleAnalysis rules, IReadOnlyList<LineBox>? boxes = null)
    {
        var page = PageContext.Of(rules, boxes);
        return Tag(page, LineFeaturePipeline.For(page.Script).Extract(page));
    }

    public TaggedPage Tag(PageContext page, PageFeatures features)
    {
        var emissions = model.Emissions(features);
        return new TaggedPage(page, model.Decode(emissions), emissions);
    }

    /// <summary>The articles of a tagged page, assembled as the rule splitter assembles its own.</summary>
    public static List<SplitArticle> Articles(TaggedPage tagged) => PageSplitter.Assemble(TaggedDrafts.From(tagged.Page, tagged.Tags), tagged.Page.Profile);

    /// <summary>The model's articles, each taken as the rules drafted it where the rules drew the same article.</summary>
    public static List<SplitArticle> HybridArticles(TaggedPage tagged) => PageSplitter.Assemble(HybridDrafts.From(tagged.Page, tagged.Tags), tagged.Page.Profile);
}
