using System.Text;
using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Pdf.Layout;

/// <summary>
/// Letters into lines: letters on one baseline, cut where a gap is wider than a column gutter can be inside a line.
/// Spaces come from gaps (PDFs often draw none), never between two CJK characters.
/// </summary>
public static class LineBuilder
{
    /// <summary>A gap this many ems wide ends a line piece: wider than any justified word space, narrower than a gutter.</summary>
    public const double GutterEms = 1.2;

    private const double SpaceEms = 0.18;

    /// <summary>A gap this wide with no space drawn, beside an ideograph (CJK is set solid) or in a line that draws its
    /// spaces, is a gutter even in large type.</summary>
    private const double CjkGapEms = 0.5;

    public static List<LayoutLine> Build(List<Glyph> glyphs)
    {
        glyphs.Sort((a, b) => a.Baseline != b.Baseline ? a.Baseline.CompareTo(b.Baseline) : a.Left.CompareTo(b.Left));
        var bands = new List<Band>();
        var current = new List<Glyph>();
        foreach (var g in glyphs)
        {
            if (current.Count > 0 && g.Baseline - current[0].Baseline > 0.3 * Math.Max(g.Size, current[0].Size))
            {
                bands.Add(Band.Cut(current));
                current = [];
            }

            current.Add(g);
        }

        if (current.Count > 0)
        {
            bands.Add(Band.Cut(current));
        }

        var lines = new List<LayoutLine>();
        for (var i = 0; i < bands.Count; i++)
        {
            // a few bands each side: columns of side-by-side articles start at other heights, so their baselines interleave
            bands[i].MergeWordGaps(bands[Math.Max(0, i - 4)..Math.Min(bands.Count, i + 5)].Where(b => b != bands[i]).ToList());
            foreach (var (start, end) in bands[i].Pieces)
            {
                if (Line(bands[i].Glyphs, start, end) is { } line)
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    /// <summary>Letters on one baseline, left to right, cut into pieces at wide gaps.</summary>
    private sealed class Band(List<Glyph> glyphs, List<(int Start, int End)> pieces)
    {
        public List<Glyph> Glyphs { get; } = glyphs;
        public List<(int Start, int End)> Pieces { get; } = pieces;

        public static Band Cut(List<Glyph> glyphs)
        {
            glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
            var drawsSpaces = glyphs.Exists(g => g.Value == ' ');
            var pieces = new List<(int, int)>();
            var start = 0;
            for (var i = 1; i <= glyphs.Count; i++)
            {
                if (i == glyphs.Count || Apart(glyphs[i - 1], glyphs[i], drawsSpaces))
                {
                    pieces.Add((start, i));
                    start = i;
                }
            }

            return new Band(glyphs, pieces);
        }

        // a gutter, or type of another size set close by (a title beside a neighbour's body line), or a gap that the
        // setting never leaves without a space: next to an ideograph (CJK is set solid), or where the line draws its
        // word spaces (two articles' titles side by side on one baseline)
        private static bool Apart(Glyph a, Glyph b, bool drawsSpaces)
        {
            var gap = b.Left - a.Right;
            var small = Math.Min(a.Size, b.Size);

            // a closing quote or bracket's ink sits in the left half of its em, the rest of which reaches into a gutter
            var inkGap = CharClass.IsClosing(a.Value) && CharClass.IsWide(a.Value) ? b.Left - Math.Min(a.Right, a.Left + 0.5 * a.Size) : gap;
            return inkGap > GutterEms * small || (Math.Max(a.Size, b.Size) > 1.25 * small && gap > 0.3 * small)
                || (gap > CjkGapEms * small && (drawsSpaces || CharClass.IsCjk(a.Value) || CharClass.IsCjk(b.Value)) && a.Value != ' ' && b.Value != ' ');
        }

        // A wide gap is a gutter only if the lines near above and below leave it empty too; a justified line's wide
        // word space sits under text of the line above.
        public void MergeWordGaps(List<Band> near)
        {
            for (var k = Pieces.Count - 1; k > 0; k--)
            {
                var gapLeft = Glyphs[Pieces[k - 1].End - 1].Right;
                var gapRight = Glyphs[Pieces[k].Start].Left;
                var at = Glyphs[Pieces[k].Start];
                if (near.Any(other => Covers(other, gapLeft, gapRight, at)))
                {
                    Pieces[k - 1] = (Pieces[k - 1].Start, Pieces[k].End);
                    Pieces.RemoveAt(k);
                }
            }
        }

        // Text of the same column above or below: it crosses the gap and starts and ends about where this line's
        // pieces under it do. All of them, not just the gap's two: a short justified line has several wide spaces.
        // Sizes and baselines are the gap's own: a title's letters can share a baseline band with body lines.
        private bool Covers(Band other, double gapLeft, double gapRight, Glyph at)
        {
            var size = at.Size;
            return other.Pieces.Any(p =>
            {
                var first = other.Glyphs[p.Start];
                var last = other.Glyphs[p.End - 1];
                if (Math.Abs(first.Baseline - at.Baseline) > 2.5 * size || Math.Abs(first.Size - size) > 0.15 * size
                    || first.Left > gapLeft || last.Right < gapRight)
                {
                    return false;
                }

                var (left, right) = Under(first.Left, last.Right);
                return first.Left > left - 2.5 * size && last.Right < right + 2.5 * size;
            });
        }

        // The extent of this line's pieces that overlap the span from left to right.
        private (double Left, double Right) Under(double left, double right)
        {
            var (min, max) = (double.MaxValue, double.MinValue);
            foreach (var (start, end) in Pieces)
            {
                if (Glyphs[end - 1].Right > left && Glyphs[start].Left < right)
                {
                    min = Math.Min(min, Glyphs[start].Left);
                    max = Math.Max(max, Glyphs[end - 1].Right);
                }
            }

            return (min, max);
        }
    }

    private static LayoutLine? Line(List<Glyph> band, int start, int end)
    {
        var text = new StringBuilder(end - start + 8);
        var sizes = new double[end - start];
        var bold = 0;
        for (var i = start; i < end; i++)
        {
            var g = band[i];
            sizes[i - start] = g.Size;
            if (g.Value == ' ' && Overdrawn(band, i, start, end))
            {
                continue;
            }

            bold += g.Bold ? 1 : 0;
            if (i > start && text.Length > 0 && text[^1] != ' ' && g.Value != ' ' && g.Left - band[i - 1].Right > SpaceEms * g.Size
                && !(CharClass.IsWide(text[^1]) || CharClass.IsWide(g.Value)))
            {
                text.Append(' ');
            }

            if (g.Value != ' ' || (text.Length > 0 && text[^1] != ' '))
            {
                if (Ligature(g.Value) is { } letters)
                {
                    text.Append(letters);
                }
                else
                {
                    text.Append(g.Value);
                }
            }
        }

        var s = text.ToString().Trim();

        // the hyphen Chromium draws where it breaks a word at a soft hyphen: a plain one, for the joiner to repair
        if (s.Length > 1 && s[^1] == '\u2010')
        {
            s = string.Concat(s.AsSpan(0, s.Length - 1), "-");
        }
        if (s.Length == 0)
        {
            return null;
        }

        Array.Sort(sizes);
        var size = sizes[sizes.Length / 2];
        var baseline = band[start].Baseline;
        var cjk = CharClass.CountCjk(s) * 3 >= CharClass.CountLatinLetters(s);
        return new LayoutLine(s, band[start].Left, band[end - 1].Right, baseline - 0.85 * size, baseline, size, bold * 2 > end - start, cjk);
    }

    // An unbroken soft hyphen is drawn as a space the next letter starts on: no word space, "produc" + "tion".
    private static bool Overdrawn(List<Glyph> band, int i, int start, int end)
    {
        var middle = (band[i].Left + band[i].Right) / 2;
        return (i + 1 < end && band[i + 1].Value != ' ' && band[i + 1].Left < middle)
            || (i > start && band[i - 1].Value != ' ' && band[i - 1].Right > middle);
    }

    // a font's ligature glyph (ﬁ, ﬂ) is its letters to a reader and to search
    private static string? Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        _ => null,
    };
}
