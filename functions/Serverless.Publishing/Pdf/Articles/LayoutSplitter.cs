using Serverless.Publishing.Articles;
using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// Splits a page into articles by its layout alone: furniture → headlines → column segments → owners → articles.
/// The steps are an ordered list, so a step can be inserted (a learned role scorer) without touching the others.
/// </summary>
public sealed class LayoutSplitter(IReadOnlyList<ILayoutStep> steps)
{
    public LayoutSplitter()
        : this([new FurnitureStep(), new HeadlineStep(), new SegmentStep(), new OwnerStep()])
    {
    }

    public IReadOnlyList<ILayoutStep> Steps { get; } = steps;

    public IReadOnlyList<SplitArticle> Split(PageLayout page)
    {
        var analysis = Analyse(page);
        return Ordered(analysis).Select(p => ArticleWriter.Write(p, analysis)).OfType<SplitArticle>().ToList();
    }

    /// <summary>The page's lines with their features and the decisions taken on them.</summary>
    public IReadOnlyList<LineRecord> Explain(PageLayout page)
    {
        var analysis = Analyse(page);
        var ordered = Ordered(analysis);
        ordered.ForEach(p => ArticleWriter.Write(p, analysis));
        return LineRecord.Of(analysis, ordered).ToList();
    }

    private static List<Piece> Ordered(LayoutAnalysis analysis) =>
        analysis.Pieces.OrderBy(p => Math.Round(p.Top / (2 * analysis.Body))).ThenBy(p => p.Left).ToList();

    public LayoutAnalysis Analyse(PageLayout page)
    {
        var analysis = new LayoutAnalysis(page);
        foreach (var step in Steps)
        {
            step.Run(analysis);
        }

        return analysis;
    }
}
