using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// Headlines are set larger than the page's body type: kickers and subtitles a little, titles a lot. Lines that touch
/// vertically and share their horizontal stretch are one article's headline.
/// </summary>
public sealed class HeadlineStep : ILayoutStep
{
    /// <summary>Relative size from which a line is display type rather than body (body is 1, kickers about 1.2).</summary>
    public const double MinRelativeSize = 1.12;

    public void Run(LayoutAnalysis analysis)
    {
        foreach (var line in analysis.Page.Lines)
        {
            line.RelativeSize = line.Size / analysis.Body;
            if (line.Role != LineRole.Furniture && line.RelativeSize >= MinRelativeSize)
            {
                line.Role = LineRole.Headline;
            }
        }

        foreach (var line in analysis.Page.Lines.Where(l => l.Role == LineRole.Headline).OrderBy(l => l.Top).ThenBy(l => l.Left))
        {
            var group = analysis.Heads.LastOrDefault(g => Continues(g, line, analysis));
            if (group is null)
            {
                group = new HeadGroup(line);
                analysis.Heads.Add(group);
            }
            else
            {
                group.Add(line);
            }
        }

        foreach (var group in analysis.Heads)
        {
            // a title's advances reach past its ink (a closing bracket's em), so past the frame's edge by a little
            group.Frame = analysis.FrameOf(group.Left, group.Top, group.Right, group.Bottom, Math.Max(2, 0.3 * group.Lines.Max(l => l.Size)));
        }
    }

    private static bool Continues(HeadGroup group, LayoutLine line, LayoutAnalysis analysis)
    {
        var last = group.Lines[^1];
        var gap = line.Top - group.Bottom;
        var overlap = Math.Min(group.Right, line.Right) - Math.Max(group.Left, line.Left);
        return gap <= 0.9 * Math.Max(last.Size, line.Size) && gap > -0.5 * line.Size && overlap > 0
            && !analysis.RuleBetween(group.Bottom - 1, line.Top + 1, line.Left, line.Right)
            && !analysis.Page.Lines.Any(l => l.Role == LineRole.Body && l.Top >= group.Bottom - 1 && l.Bottom <= line.Top + 1 && l.OverlapsHorizontally(line.Left, line.Right, 0.01));
    }
}
