using System.Text.RegularExpressions;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Pdf.Layout;
using Serverless.Publishing.Splitting.Assembly;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// Writes one article from its piece of the page: kicker, title and subtitle by size within the headline, paragraphs
/// from first-line indents and short last lines, a right-set or bracketed closing line as a note.
/// </summary>
public static partial class ArticleWriter
{
    private const double IndentEms = 0.8;

    // body text starts on the column's edge; a right-set line starts wherever its slack leaves it
    private const double FlushLeftEms = 0.1;
    private const double ShortEms = 1.5;

    public static SplitArticle? Write(Piece piece, LayoutAnalysis analysis)
    {
        var lines = Ordered(piece);
        var text = string.Concat(lines.Select(l => l.Line.Text)) + string.Concat(piece.Head?.Lines.Select(l => l.Text) ?? []);
        var script = ScriptDetector.Detect(text);
        var paragraphs = Paragraphs(lines, script, out var closing);
        var notes = new List<string>();
        // a bracketed attribution is a note when it ends flush right; set as a paragraph (a short last line, or a last
        // line from the left edge) it is body, and so is a right-set credit without brackets under Chinese text (新华社发)
        var last = paragraphs.Count > 1 ? paragraphs[^1] : string.Empty;
        var note = script == PageScript.Cjk
            ? closing.FlushRight && !closing.SetAsParagraph && (Attribution().IsMatch(last) || (closing.RightSet && Bracketed().IsMatch(last)))
            : closing.RightSet;
        if (paragraphs.Count > 1 && note)
        {
            notes.Add(paragraphs[^1]);
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        var (kicker, title, subtitle) = Headline(piece.Head, script);
        var advert = piece.Head is not null && CenteredSetting.IsCentered(lines.Select(l => l.Line).ToList(), piece.Head.Lines);
        if (advert)
        {
            // the display line is the advert's first words, not a title
            paragraphs.Insert(0, Clean(piece.Head!.Lines.OrderBy(l => l.Top).Aggregate(string.Empty, (t, l) => LineJoiner.Join(t, l.Text, script)), script));
            (kicker, title, subtitle) = (null, null, null);
        }

        if (paragraphs.Count == 0 && title is null && notes.Count == 0)
        {
            return null;
        }

        var (dateline, authors) = advert ? (null, []) : ArticleCredits.Read(lines.Select(l => l.Line.Text).ToList(), paragraphs, script);
        var bodyLength = paragraphs.Sum(p => p.Length);
        var kind = advert ? ArticleKind.Other : piece.HasPicture && bodyLength < (script == PageScript.Cjk ? 250 : 500) ? ArticleKind.Photo : ArticleKind.News;
        return new SplitArticle
        {
            Kind = kind,
            Kicker = kicker,
            Title = title ?? GeneratedTitle.From(paragraphs, script),
            TitleSource = title is null ? TitleSource.Generated : TitleSource.Printed,
            Subtitle = subtitle,
            Dateline = dateline,
            Authors = authors,
            Paragraphs = paragraphs,
            Notes = notes,
        };
    }

    private static List<(LayoutLine Line, Segment Segment)> Ordered(Piece piece)
    {
        // columns left to right, each top to bottom; a segment under another in the same column follows it
        var segments = piece.Segments.OrderBy(s => s.Left).ToList();
        var columns = new List<List<Segment>>();
        foreach (var s in segments)
        {
            var column = columns.FirstOrDefault(c => c.Any(o => o.Overlaps(s.Left, s.Right)));
            if (column is null)
            {
                columns.Add([s]);
            }
            else
            {
                column.Add(s);
            }
        }

        var ordered = new List<(LayoutLine, Segment)>();
        for (var c = 0; c < columns.Count; c++)
        {
            foreach (var s in columns[c].OrderBy(s => s.Top))
            {
                foreach (var line in s.Lines)
                {
                    line.Column = c;
                    line.Indent = (line.Left - s.Left) / line.Size;
                    ordered.Add((line, s));
                }
            }
        }

        return ordered;
    }

    /// <param name="RightSet">One short line against the right edge, or every line flush right and the last not flush left.</param>
    /// <param name="FlushRight">Its last line ends at the column's right edge.</param>
    /// <param name="SetAsParagraph">Several lines, the last from the left edge, as body text is set (a right-set one ends short).</param>
    private readonly record struct ClosingParagraph(bool RightSet, bool FlushRight, bool SetAsParagraph);

    private static List<string> Paragraphs(List<(LayoutLine Line, Segment Segment)> lines, PageScript script, out ClosingParagraph closing)
    {
        var paragraphs = new List<string>();
        var current = string.Empty;
        var count = 0;
        var allFlushRight = true;
        closing = default;
        LayoutLine? previous = null;
        Segment? previousSegment = null;
        foreach (var (line, segment) in lines)
        {
            var indent = (line.Left - segment.Left) / line.Size;
            var indented = indent >= IndentEms;
            var flushRight = (segment.Right - line.Right) / line.Size <= 0.5;
            var rightSet = indented && flushRight && line.Width < 0.8 * (segment.Right - segment.Left);

            // a right-aligned attribution wraps: its last line, flush right inside the open bracket, goes on with it
            var closesBracket = flushRight && current.Count(c => c == '（') > current.Count(c => c == '）');
            var breaks = previous is null || (indented && !closesBracket)
                || (previousSegment!.Right - previous.Right) / previous.Size >= ShortEms
                || (segment == previousSegment && line.Baseline - previous.Baseline > 1.9 * line.Size && Pitch(segment) is var p && line.Baseline - previous.Baseline > 1.3 * p)
                || previous.Bold != line.Bold;
            if (breaks && current.Length > 0)
            {
                paragraphs.Add(Clean(current, script));
                current = string.Empty;
                count = 0;
                allFlushRight = true;
            }

            current = LineJoiner.Join(current, line.Text, script);
            count++;
            allFlushRight &= flushRight;
            closing = new ClosingParagraph(count == 1 ? rightSet : allFlushRight && indent >= 0.5, flushRight, count > 1 && indent < FlushLeftEms);
            previous = line;
            previousSegment = segment;
        }

        if (current.Length > 0)
        {
            paragraphs.Add(Clean(current, script));
        }

        return paragraphs;
    }

    private static double Pitch(Segment segment)
    {
        if (segment.Lines.Count < 3)
        {
            return double.MaxValue;
        }

        var gaps = segment.Lines.Zip(segment.Lines.Skip(1), (a, b) => b.Baseline - a.Baseline).Order().ToList();
        return gaps[gaps.Count / 2];
    }

    private static string Clean(string paragraph, PageScript script) =>
        script == PageScript.Cjk ? Despacer.Body(paragraph) : Despacer.Latin(paragraph);

    private static (string? Kicker, string? Title, string? Subtitle) Headline(HeadGroup? head, PageScript script)
    {
        if (head is null)
        {
            return (null, null, null);
        }

        var lines = head.Lines.OrderBy(l => l.Top).ToList();
        var largest = lines.Max(l => l.Size);
        var first = lines.FindIndex(l => l.Size >= 0.88 * largest);
        var last = lines.FindLastIndex(l => l.Size >= 0.88 * largest);
        string? Join(IEnumerable<LayoutLine> part)
        {
            var joined = part.Aggregate(string.Empty, (text, line) => LineJoiner.Join(text, line.Text, script));
            return joined.Length == 0 ? null : script == PageScript.Cjk ? Despacer.Headline(joined) : Despacer.Latin(joined);
        }

        return (Join(lines.Take(first)), Join(lines.Skip(first).Take(last - first + 1)), Join(lines.Skip(last + 1)));
    }

    [GeneratedRegex(@"^[（(](作者|本报|新华社|记者|编者|本文|摘自|来源|原载|文章|通讯员)[^（）()]{0,60}[）)]$")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^[（(][^（）()]+[）)]$")]
    private static partial Regex Bracketed();
}
