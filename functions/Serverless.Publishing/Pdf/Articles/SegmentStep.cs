using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// Body lines down a column make a segment while each line sits right under the last, shares its stretch and no rule
/// separates them. Indented first lines and short last lines still share most of the column.
/// </summary>
public sealed class SegmentStep : ILayoutStep
{
    private const double MaxPitch = 2.1;

    public void Run(LayoutAnalysis analysis)
    {
        var open = new List<Segment>();
        foreach (var line in analysis.Page.Lines.Where(l => l.Role == LineRole.Body).OrderBy(l => l.Baseline).ThenBy(l => l.Left))
        {
            open.RemoveAll(s => line.Baseline - s.Last.Baseline > MaxPitch * Math.Max(line.Size, s.Last.Size));
            var segment = open.Where(s => Joins(s, line, analysis)).MaxBy(s => Math.Min(s.Right, line.Right) - Math.Max(s.Left, line.Left));
            if (segment is null)
            {
                segment = new Segment(line);
                analysis.Segments.Add(segment);
                open.Add(segment);
            }
            else
            {
                segment.Add(line);
            }
        }

        foreach (var segment in analysis.Segments)
        {
            segment.Frame = analysis.FrameOf(segment.Left, segment.Top, segment.Right, segment.Bottom);
            segment.ReachTop = segment.Top;
            var picture = analysis.Page.Pictures
                .Where(p => p.Bottom <= segment.Top + 2 && segment.Top - p.Bottom <= 3 * analysis.Body && segment.Overlaps(p.Left, p.Right)
                    && !HeadBetween(analysis, p, segment))
                .Select(p => (Box?)p).MaxBy(p => p!.Value.Bottom);
            if (picture is { } p)
            {
                segment.PictureAbove = p;
                segment.ReachTop = p.Top;
            }
        }
    }

    // A title between a picture and the text under it (a photo's own title) makes the picture not the text's.
    private static bool HeadBetween(LayoutAnalysis analysis, Box picture, Segment segment) =>
        analysis.Heads.Any(h => h.Top >= picture.Bottom - 2 && h.Bottom <= segment.Top + 2 && segment.Overlaps(h.Left, h.Right));

    // A paragraph's short last line ("好。", "使）") and the line next to it need not overlap; the column the segment
    // has set so far still holds the new line, set against one of its edges.
    // While every line so far starts at one left edge, they may all be indented first lines (a one-line paragraph, a
    // credit); the next paragraph line then starts an indent further left.
    private static bool WithinColumn(Segment segment, LayoutLine line) =>
        line.Right <= segment.Right + 0.5 * line.Size
        && (segment.Lines.All(l => Math.Abs(l.Left - segment.Left) <= 0.3 * l.Size) && (segment.Left - line.Left) / line.Size is >= 0.8 and <= 4
            || segment.Lines.Count >= 2 && line.Left >= segment.Left - 0.5 * line.Size
                && (Math.Abs(line.Left - segment.Left) <= 0.5 * line.Size || Math.Abs(line.Right - segment.Right) <= 0.5 * line.Size));

    private static bool Joins(Segment segment, LayoutLine line, LayoutAnalysis analysis)
    {
        var last = segment.Last;
        return line.Baseline > last.Baseline + 0.5 * line.Size
            && (line.OverlapsHorizontally(last.Left, last.Right) || WithinColumn(segment, line))
            && Math.Abs(line.Size - last.Size) <= 0.15 * last.Size
            && !analysis.RuleBetween(last.Baseline, line.Top, line.Left, line.Right)
            && !analysis.Heads.Any(h => h.Top >= last.Baseline && h.Bottom <= line.Top + 1 && line.OverlapsHorizontally(h.Left, h.Right, 0.01))
            && !analysis.Page.Pictures.Any(p => p.Top >= last.Baseline && p.Bottom <= line.Top + 1 && p.Spans(line.Left, line.Right));
    }
}
