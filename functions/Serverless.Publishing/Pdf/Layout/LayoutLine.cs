namespace Serverless.Publishing.Pdf.Layout;

/// <summary>
/// One printed line of a page with what its layout says about it; the per-line record handed to splitters.
/// Coordinates are points from the page's top-left corner.
/// </summary>
/// <param name="RelativeSize">Font size over the page's body size (1 for body text, 2 for a title twice as large).</param>
/// <param name="Indent">Left edge minus its column's left edge, in ems of the line's own size.</param>
/// <param name="Column">Index of the text column the line sits in, left to right; -1 for lines spanning columns.</param>
public sealed record LayoutLine(
    string Text, double Left, double Right, double Top, double Baseline, double Size, bool Bold, bool Cjk)
{
    public double RelativeSize { get; set; } = 1;
    public double Indent { get; set; }
    public int Column { get; set; } = -1;
    public LineRole Role { get; set; } = LineRole.Body;

    public double Width => Right - Left;
    public double Bottom => Baseline + 0.25 * Size;
    public double Center => (Left + Right) / 2;

    public bool OverlapsHorizontally(double left, double right, double share = 0.5) =>
        Math.Min(Right, right) - Math.Max(Left, left) >= share * Math.Min(Width, right - left);
}

public enum LineRole
{
    Body,
    Headline,
    Furniture,
}
