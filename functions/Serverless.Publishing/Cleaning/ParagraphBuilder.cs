using System.Text;

namespace Serverless.Publishing.Cleaning;

/// <summary>A cleaned body line and what stood before it on the page.</summary>
public readonly record struct BodyLine(string Text, int Indent, bool GapBefore, bool ForceBreakBefore = false);

/// <summary>
/// Rebuilds paragraphs from hard-wrapped lines. A break needs evidence: a sentence end on a short line, a sentence
/// end before a blank line, an indent, or a short line with no punctuation (a subhead). A blank line after an
/// unfinished sentence is a column break and is joined over.
/// </summary>
public static class ParagraphBuilder
{
    public static List<string> Build(IReadOnlyList<BodyLine> lines, PageScript script)
    {
        var paragraphs = new List<string>();
        if (lines.Count == 0)
        {
            return paragraphs;
        }

        var width = ColumnWidth(lines, script);
        var indentBreaks = UsesIndent(lines);
        var current = new StringBuilder();
        string? previous = null;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0)
            {
                continue;
            }

            if (previous is not null && BreaksBefore(previous, line, width, indentBreaks, script))
            {
                paragraphs.Add(current.ToString());
                current.Clear();
                previous = null;
            }

            if (previous is null)
            {
                current.Append(line.Text);
            }
            else
            {
                var (drop, separator) = LineJoiner.Seam(previous, line.Text, script);
                current.Length -= drop;
                current.Append(separator).Append(line.Text);
            }

            previous = line.Text;
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        return paragraphs;
    }

    private static bool BreaksBefore(string previous, BodyLine line, double width, bool indentBreaks, PageScript script)
    {
        if (line.ForceBreakBefore)
        {
            return true;
        }

        var ends = CharClass.EndsSentence(previous);
        var previousWidth = Width(previous, script);
        var shortLine = previousWidth < width * 0.6;
        if (line.GapBefore)
        {
            return ends || shortLine;
        }

        if (indentBreaks && line.Indent >= 2)
        {
            return true;
        }

        if (shortLine)
        {
            return true;
        }

        var slack = script == PageScript.Cjk ? 1.0 : Math.Max(4.0, width * 0.15);
        return ends && previousWidth <= width - slack;
    }

    /// <summary>The column width, robust to a few over-long lines: the 80th percentile of line widths.</summary>
    public static double ColumnWidth(IReadOnlyList<BodyLine> lines, PageScript script)
    {
        var widths = new List<double>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Text.Length > 0)
            {
                widths.Add(Width(line.Text, script));
            }
        }

        if (widths.Count == 0)
        {
            return 0;
        }

        // A few lines give no percentile to trust: the widest is the column.
        widths.Sort();
        return widths.Count < 5 ? widths[^1] : widths[(int)Math.Floor((widths.Count - 1) * 0.8)];
    }

    public static double Width(string text, PageScript script) =>
        script == PageScript.Cjk ? CharClass.DisplayWidth(text) : text.Length;

    /// <summary>Indents mark paragraphs only where most lines are not indented.</summary>
    private static bool UsesIndent(IReadOnlyList<BodyLine> lines)
    {
        var indented = 0;
        foreach (var line in lines)
        {
            indented += line.Indent >= 2 ? 1 : 0;
        }

        return indented > 0 && indented * 2 < lines.Count;
    }
}
