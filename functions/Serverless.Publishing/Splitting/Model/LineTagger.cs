using Serverless.Publishing.Articles;
using Serverless.Publishing.Splitting.Model.Features;

namespace Serverless.Publishing.Splitting.Model;

/// <summary>A page read by the model: its context, the decoded tags, each position's tag scores and the model that gave them.</summary>
public sealed record TaggedPage(PageContext Page, LineTag[] Tags, float[] Emissions, SplitterModel Reader)
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

/// <summary>
/// Tags a page's lines with the model: rules → features → emissions → Viterbi. A page prints its headlines on one
/// side of their stories as a rule: when reading every headline as heading the next story (or every one as closing
/// the story before) costs at most <paramref name="sideMargin"/> of the best score, that one-sided reading is taken.
/// With a <paramref name="second"/> model the page is read twice: the second reading sees the articles the first drew.
/// </summary>
public sealed class LineTagger(SplitterModel model, float sideMargin = 0, SplitterModel? second = null)
{
    /// <summary>The tagger with the models embedded in this assembly; null when none is.</summary>
    public static LineTagger? Embedded(float sideMargin) =>
        SplitterModel.Default is { } first ? new LineTagger(first, sideMargin, SplitterModel.SecondReading) : null;

    public TaggedPage Tag(RuleAnalysis rules, IReadOnlyList<LineBox>? boxes = null)
    {
        var page = PageContext.Of(rules, boxes);
        return Tag(page, LineFeaturePipeline.For(page.Script).Extract(page));
    }

    public TaggedPage Tag(PageContext page, PageFeatures features)
    {
        var first = Read(model, page, features);
        return second is null ? first : Read(second, page, FirstReadingFeatures.Extend(features, first));
    }

    private TaggedPage Read(SplitterModel reader, PageContext page, PageFeatures features)
    {
        var emissions = reader.Emissions(features);
        var tags = reader.Decode(emissions, null, out var best);
        if (sideMargin > 0 && tags.Any(t => t == LineTag.HeadNext) && tags.Any(t => t == LineTag.HeadPrev))
        {
            var before = reader.Decode(emissions, LineTag.HeadPrev, out var beforeScore);
            var after = reader.Decode(emissions, LineTag.HeadNext, out var afterScore);
            var (side, score) = beforeScore >= afterScore ? (before, beforeScore) : (after, afterScore);
            tags = best - score <= sideMargin ? side : tags;
        }

        return new TaggedPage(page, tags, emissions, reader);
    }

    /// <summary>The articles of a tagged page, assembled as the rule splitter assembles its own.</summary>
    public static List<SplitArticle> Articles(TaggedPage tagged) => PageSplitter.Assemble(TaggedDrafts.From(tagged.Page, tagged.Tags), tagged.Page.Rules);

    /// <summary>The model's articles, each taken as the rules drafted it where the rules drew the same article.</summary>
    public static List<SplitArticle> HybridArticles(TaggedPage tagged) => PageSplitter.Assemble(HybridDrafts.From(tagged.Page, tagged.Tags), tagged.Page.Rules);
}
