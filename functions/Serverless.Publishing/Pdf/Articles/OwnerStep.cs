using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// Gives every body segment its article. A headline owns the segments right under it that it overlaps; a column of
/// the same article that the headline does not reach starts level with one it owns (article columns are balanced
/// under one headline), so ownership spreads sideways between columns with the same top. Rules and frames bound
/// articles. A segment still without an owner continues the one above it, or starts an article of its own.
/// </summary>
public sealed class OwnerStep : ILayoutStep
{
    private const double MaxHeadGap = 4;
    private const double ParagraphIndentEms = 0.8;

    public void Run(LayoutAnalysis analysis)
    {
        foreach (var head in analysis.Heads)
        {
            head.Piece = new Piece(head);
            analysis.Pieces.Add(head.Piece);
        }

        var body = analysis.Body;
        foreach (var segment in analysis.Segments)
        {
            var head = analysis.Heads
                .Where(h => h.Bottom <= segment.ReachTop + 2 && segment.ReachTop - h.Bottom <= MaxHeadGap * body
                    && segment.Overlaps(h.Left, h.Right) && h.Frame == segment.Frame
                    && !analysis.RuleBetween(h.Bottom - 1, segment.ReachTop + 1, segment.Left, segment.Right))
                .MinBy(h => segment.ReachTop - h.Bottom);
            if (head is not null)
            {
                Own(head.Piece!, segment);
            }
        }

        // sideways, level with an owned column, nearest first, until nothing changes; a column as near to two articles
        // waits while other columns are still being given (they settle which title it centres under)
        var patient = true;
        for (var changed = true; changed || patient;)
        {
            patient &= changed;
            changed = false;
            foreach (var segment in analysis.Segments.Where(s => s.Owner is null))
            {
                // columns under one picture (a banner under the title) are one article's
                var shared = segment.PictureAbove is { } picture
                    ? analysis.Segments.FirstOrDefault(t => t.Owner?.Head is not null && t.PictureAbove == picture && t.Frame == segment.Frame)
                    : null;
                if (shared is not null)
                {
                    Own(shared.Owner!, segment);
                    changed = true;
                    continue;
                }

                var candidates = analysis.Segments
                    .Where(t => t.Owner?.Head is not null && Math.Abs(t.ReachTop - segment.ReachTop) <= 0.6 * body && t.Frame == segment.Frame
                        && t.Owner.Head.Bottom <= segment.ReachTop + 2 && segment.ReachTop - t.Owner.Head.Bottom <= MaxHeadGap * body)
                    .Select(t => (Segment: t, Distance: Math.Max(t.Left - segment.Right, segment.Left - t.Right) + 0.01 * Math.Abs(t.Owner!.Head!.Bottom - segment.Top)))
                    .ToList();

                // a column as near to two articles goes to the one it can continue: an article does not open on a line
                // that is no paragraph start. Then to the one whose title it centres (titles span their columns).
                var nearest = candidates.Count == 0 ? 0 : candidates.Min(c => c.Distance);
                var close = candidates.Where(c => c.Distance <= nearest + body)
                    .Select(c => (c.Segment, c.Distance, Opens: OpensMidParagraph(c.Segment.Owner!, segment), Centring: Math.Round(Centring(c.Segment.Owner!, segment), 1)))
                    .OrderBy(c => (c.Opens, c.Centring, c.Distance)).ToList();
                if (patient && close.Count > 1 && close[0].Segment.Owner != close[1].Segment.Owner && (close[0].Opens, close[0].Centring) == (close[1].Opens, close[1].Centring))
                {
                    continue;
                }

                var level = close.Count == 0 ? null : close[0].Segment;
                if (level is not null && Between(analysis, level, segment) == 0)
                {
                    Own(level.Owner!, segment);
                    changed = true;
                }
            }
        }

        foreach (var segment in analysis.Segments.Where(s => s.Owner is null))
        {
            var above = analysis.Segments
                .Where(t => t.Owner is not null && t.Bottom <= segment.Top && segment.Top - t.Bottom <= 2 * body && t.Frame == segment.Frame
                    && segment.Overlaps(t.Left, t.Right) && segment.PictureAbove is null
                    && !analysis.RuleBetween(t.Bottom - 1, segment.Top + 1, segment.Left, segment.Right))
                .MaxBy(t => t.Bottom);
            if (above is not null)
            {
                Own(above.Owner!, segment);
                continue;
            }

            var piece = new Piece(null);
            analysis.Pieces.Add(piece);
            Own(piece, segment);
        }

        foreach (var piece in analysis.Pieces)
        {
            piece.HasPicture = piece.Segments.Any(s => s.PictureAbove is not null)
                || (piece.Head is { } h && analysis.Page.Pictures.Any(p => p.Bottom <= h.Top + 2 && h.Top - p.Bottom <= 3 * body && p.Spans(h.Left, h.Right)));
        }
    }

    private static void Own(Piece piece, Segment segment)
    {
        segment.Owner = piece;
        piece.Segments.Add(segment);
    }

    // The segment would be the piece's first column, yet its first line is set flush: it continues some other text.
    // Chinese indents every paragraph, the first too; English opens flush or on a byline.
    private static bool OpensMidParagraph(Piece piece, Segment segment) =>
        segment.Lines[0].Cjk && segment.Right <= piece.Segments.Min(s => s.Left)
        && segment.Lines[0].Left - segment.Left < ParagraphIndentEms * segment.Lines[0].Size;

    // How much nearer the piece's columns, with the segment, centre under its title than without it (negative: nearer).
    private static double Centring(Piece piece, Segment segment)
    {
        var head = piece.Head!;
        var left = piece.Segments.Min(s => s.Left);
        var right = piece.Segments.Max(s => s.Right);
        var centre = (head.Left + head.Right) / 2;
        return Math.Abs((Math.Min(left, segment.Left) + Math.Max(right, segment.Right)) / 2 - centre) - Math.Abs((left + right) / 2 - centre);
    }

    // Segments of another article standing between two level columns stop the spread.
    private static int Between(LayoutAnalysis analysis, Segment a, Segment b)
    {
        var left = Math.Min(a.Right, b.Right);
        var right = Math.Max(a.Left, b.Left);
        return analysis.Segments.Count(s => s != a && s != b && s.Left >= left - 1 && s.Right <= right + 1
            && s.Top < Math.Max(a.Bottom, b.Bottom) && s.Bottom > Math.Min(a.Top, b.Top) && s.Owner != a.Owner);
    }
}
