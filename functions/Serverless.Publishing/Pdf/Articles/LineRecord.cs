using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// A line with its layout features and the layout's decision, as handed to a learned splitter or printed by
/// `split FILE --layout`. Sizes are relative to the page's body size; positions in points from the top-left.
/// </summary>
public sealed record LineRecord(
    int Page, string Text, double Left, double Top, double Right, double RelativeSize, bool Bold, int Column,
    double Indent, string Role, int Article)
{
    /// <summary>Each line of an analysed page, in reading order; Article is the piece's index in reading order, -1 for furniture.</summary>
    public static IEnumerable<LineRecord> Of(LayoutAnalysis analysis, IReadOnlyList<Piece> ordered)
    {
        foreach (var (piece, i) in ordered.Select((p, i) => (p, i)))
        {
            var head = piece.Head?.Lines.OrderBy(l => l.Top) ?? Enumerable.Empty<LayoutLine>();
            foreach (var line in head)
            {
                yield return Record(analysis, line, "headline", i);
            }

            foreach (var line in piece.Segments.SelectMany(s => s.Lines))
            {
                yield return Record(analysis, line, "body", i);
            }
        }

        foreach (var line in analysis.Page.Lines.Where(l => l.Role == LineRole.Furniture))
        {
            yield return Record(analysis, line, "furniture", -1);
        }
    }

    private static LineRecord Record(LayoutAnalysis analysis, LayoutLine l, string role, int article) =>
        new(analysis.Page.Number, l.Text, Math.Round(l.Left, 1), Math.Round(l.Top, 1), Math.Round(l.Right, 1),
            Math.Round(l.RelativeSize, 2), l.Bold, l.Column, Math.Round(l.Indent, 2), role, article);
}
