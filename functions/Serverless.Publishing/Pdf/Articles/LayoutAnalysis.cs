using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>The state the layout steps share while they take one page apart.</summary>
public sealed class LayoutAnalysis(PageLayout page)
{
    public PageLayout Page { get; } = page;
    public double Body => Page.BodySize;
    public List<HeadGroup> Heads { get; } = [];
    public List<Segment> Segments { get; } = [];
    public List<Piece> Pieces { get; } = [];

    /// <summary>A horizontal rule between two heights that crosses the given stretch.</summary>
    public bool RuleBetween(double top, double bottom, double left, double right) =>
        Page.Rules.Any(r => r.Height <= 3 && r.Top > top && r.Bottom < bottom && r.Spans(left, right));

    /// <summary>The innermost frame holding the box, if any, give or take <paramref name="slack"/> points.</summary>
    public Box? FrameOf(double left, double top, double right, double bottom, double slack = 2) =>
        Page.Frames.Where(f => f.Left - slack <= left && f.Right + slack >= right && f.Top - slack <= top && f.Bottom + slack >= bottom)
            .Select(f => (Box?)f).MinBy(f => f!.Value.Width * f.Value.Height);
}

/// <summary>Lines bigger than the body, stacked: kicker, title and subtitle of one article.</summary>
public sealed class HeadGroup(LayoutLine first)
{
    public List<LayoutLine> Lines { get; } = [first];
    public double Left { get; private set; } = first.Left;
    public double Right { get; private set; } = first.Right;
    public double Top { get; private set; } = first.Top;
    public double Bottom { get; private set; } = first.Bottom;
    public Box? Frame { get; set; }
    public Piece? Piece { get; set; }

    public void Add(LayoutLine line)
    {
        Lines.Add(line);
        Left = Math.Min(Left, line.Left);
        Right = Math.Max(Right, line.Right);
        Bottom = Math.Max(Bottom, line.Bottom);
    }
}

/// <summary>A run of body lines down one text column, unbroken by rules, pictures or headlines.</summary>
public sealed class Segment(LayoutLine first)
{
    public List<LayoutLine> Lines { get; } = [first];
    public double Left { get; private set; } = first.Left;
    public double Right { get; private set; } = first.Right;
    public double Top { get; } = first.Top;
    public double Bottom { get; private set; } = first.Bottom;
    public LayoutLine Last => Lines[^1];

    /// <summary>Top of the picture printed right above the segment, else its own top.</summary>
    public double ReachTop { get; set; }
    public Box? PictureAbove { get; set; }
    public Box? Frame { get; set; }
    public Piece? Owner { get; set; }

    public void Add(LayoutLine line)
    {
        Lines.Add(line);
        Left = Math.Min(Left, line.Left);
        Right = Math.Max(Right, line.Right);
        Bottom = Math.Max(Bottom, line.Bottom);
    }

    public bool Overlaps(double left, double right) => Math.Min(Right, right) - Math.Max(Left, left) > 0;
}

/// <summary>One article's share of the page: its headline, if printed, and its body segments.</summary>
public sealed class Piece(HeadGroup? head)
{
    public HeadGroup? Head { get; } = head;
    public List<Segment> Segments { get; } = [];
    public bool HasPicture { get; set; }

    public double Top => Math.Min(Head?.Top ?? double.MaxValue, Segments.Count == 0 ? double.MaxValue : Segments.Min(s => s.ReachTop));
    public double Left => Math.Min(Head?.Left ?? double.MaxValue, Segments.Count == 0 ? double.MaxValue : Segments.Min(s => s.Left));
}
