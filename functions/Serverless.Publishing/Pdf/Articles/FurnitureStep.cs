using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// Running heads and folios: the few small lines above the page's top full-width rule or below its bottom one,
/// or, on a page without such rules, a small band set apart at the very top or bottom.
/// </summary>
public sealed class FurnitureStep : ILayoutStep
{
    private const int MaxLines = 3;

    public void Run(LayoutAnalysis analysis)
    {
        var lines = analysis.Page.Lines;
        if (lines.Count < 4)
        {
            return;
        }

        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var wide = analysis.Page.Rules.Where(r => r.Height <= 3 && r.Width >= 0.6 * (right - left)).ToList();
        var body = analysis.Body;
        var top = wide.Where(r => Band(lines, l => l.Bottom <= r.Top + 1, body)).Select(r => (Box?)r).MinBy(r => r!.Value.Top);
        var bottom = wide.Where(r => Band(lines, l => l.Top >= r.Bottom - 1, body)).Select(r => (Box?)r).MaxBy(r => r!.Value.Bottom);
        if (top is { } t)
        {
            Mark(lines, l => l.Bottom <= t.Top + 1);
        }
        else
        {
            MarkApart(lines, body, fromTop: true);
        }

        if (bottom is { } b)
        {
            Mark(lines, l => l.Top >= b.Bottom - 1);
        }
        else
        {
            MarkApart(lines, body, fromTop: false);
        }
    }

    // The lines on one side of a rule are furniture when they are few, small and in a thin band.
    private static bool Band(IReadOnlyList<LayoutLine> lines, Func<LayoutLine, bool> side, double body)
    {
        var band = lines.Where(side).ToList();
        return band.Count > 0 && band.Count <= 6 && band.All(l => l.Size <= 1.1 * body)
            && band.Select(l => Math.Round(l.Baseline)).Distinct().Count() <= MaxLines;
    }

    private static void Mark(IReadOnlyList<LayoutLine> lines, Func<LayoutLine, bool> side)
    {
        foreach (var line in lines.Where(side))
        {
            line.Role = LineRole.Furniture;
        }
    }

    // Without a rule: the outermost baseline, when it is small type spread over the page and set well apart.
    private static void MarkApart(IReadOnlyList<LayoutLine> lines, double body, bool fromTop)
    {
        var edge = fromTop ? lines.Min(l => l.Baseline) : lines.Max(l => l.Baseline);
        var band = lines.Where(l => Math.Abs(l.Baseline - edge) < 0.5 * l.Size).ToList();
        var rest = lines.Where(l => !band.Contains(l)).ToList();
        if (band.Count < 2 || rest.Count == 0 || band.Any(l => l.Size > 0.95 * body))
        {
            return;
        }

        var next = fromTop ? rest.Min(l => l.Top) : rest.Max(l => l.Bottom);
        var gap = fromTop ? next - band.Max(l => l.Bottom) : band.Min(l => l.Top) - next;
        if (gap >= 1.2 * body)
        {
            band.ForEach(l => l.Role = LineRole.Furniture);
        }
    }
}
