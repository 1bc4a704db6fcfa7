namespace Serverless.Publishing.Pdf.Layout;

/// <summary>An axis-aligned box in points from the page's top-left corner.</summary>
public readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;

    public bool Spans(double left, double right) => Math.Min(Right, right) - Math.Max(Left, left) > 0.5 * Math.Min(Width, right - left);
}

/// <summary>A page as its layout tells it: lines in reading order, rules, frames and pictures.</summary>
/// <param name="Number">1-based page number in its file.</param>
/// <param name="BodySize">The font size most of the text is set in.</param>
public sealed record PageLayout(
    int Number, double Width, double Height, IReadOnlyList<LayoutLine> Lines, double BodySize,
    IReadOnlyList<Box> Rules, IReadOnlyList<Box> Frames, IReadOnlyList<Box> Pictures)
{
    public bool HasText => Lines.Count > 0;
}
