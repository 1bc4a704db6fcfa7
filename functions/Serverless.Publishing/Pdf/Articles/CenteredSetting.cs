using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// An advertisement's text is set centred, line by line of differing width, under a display line that is its slogan,
/// not a headline. Articles' body is set flush left (justified or ragged right), so a centred piece is not one.
/// </summary>
public static class CenteredSetting
{
    /// <summary>How far, in ems, a line's centre may sit off the piece's axis (print rounding).</summary>
    private const double AxisEms = 0.15;

    private const double WidthsDifferEms = 0.3;

    public static bool IsCentered(IReadOnlyList<LayoutLine> body, IReadOnlyList<LayoutLine> head)
    {
        if (body.Count < 2 || head.Count == 0)
        {
            return false;
        }

        var axis = body.Select(l => l.Center).Order().ElementAt(body.Count / 2);
        var size = body.Select(l => l.Size).Order().ElementAt(body.Count / 2);

        // widths must differ: a justified block is centred too, with every line as wide (to a hundredth of an em)
        return body.All(l => Math.Abs(l.Center - axis) <= AxisEms * size) && head.All(l => Math.Abs(l.Center - axis) <= 0.5 * size)
            && body.Max(l => l.Width) - body.Min(l => l.Width) > WidthsDifferEms * size;
    }
}
