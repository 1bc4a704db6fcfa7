using System.Text;

namespace Serverless.Publishing.Ingest;

/// <summary>
/// Wraps lines over the limit (a page whose line breaks were lost: one line of megabytes) into lines as wide as the
/// page's ordinary ones, cut at a sentence end or a space where there is one. The pieces are consecutive lines of one
/// block, so the splitter reads them as wrapped body text, never as a headline, and joins them back without loss.
/// </summary>
public static class LongLines
{
    private const int FallbackWidth = 40;

    /// <returns>The text, unchanged when no line is over <paramref name="maxLength"/>, and how many lines were wrapped.</returns>
    public static (string Text, int Wrapped) Wrap(string text, int maxLength)
    {
        var lines = text.Split('\n');
        if (lines.All(l => l.Length <= maxLength))
        {
            return (text, 0);
        }

        var width = BodyWidth(lines, maxLength);
        var output = new StringBuilder(text.Length + (text.Length / width));
        var wrapped = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Append('\n');
            }

            if (lines[i].Length <= maxLength)
            {
                output.Append(lines[i]);
                continue;
            }

            wrapped++;
            AppendWrapped(output, lines[i], width);
        }

        return (output.ToString(), wrapped);
    }

    /// <summary>The 80th percentile width of the ordinary lines, as the splitter's profile measures a column.</summary>
    private static int BodyWidth(string[] lines, int maxLength)
    {
        var widths = lines.Where(l => l.Length is > 0 && l.Length <= maxLength).Select(l => l.Length).Order().ToList();
        return widths.Count == 0 ? FallbackWidth : Math.Max(FallbackWidth / 2, widths[(int)(0.8 * (widths.Count - 1))]);
    }

    private static void AppendWrapped(StringBuilder output, string line, int width)
    {
        var start = 0;
        while (line.Length - start > width)
        {
            var cut = CutAt(line, start, width);
            output.Append(line, start, cut - start).Append('\n');
            start = cut;
        }

        output.Append(line, start, line.Length - start);
    }

    /// <summary>After the last space or sentence end in the window's second half, else at the window's end; never inside a surrogate pair.</summary>
    private static int CutAt(string line, int start, int width)
    {
        var end = start + width;
        for (var i = end; i > start + (width / 2); i--)
        {
            if (line[i - 1] is ' ' or '。' or '！' or '？' or '；')
            {
                return i;
            }
        }

        return char.IsLowSurrogate(line[end]) ? end - 1 : end;
    }
}
