using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Blocks;

/// <summary>
/// What the rules need to know about the whole page: its script, its typical column width, whether it separates
/// blocks with blank lines (PDF extraction often does not), and every line cleaned once for the rules to read
/// (despaced CJK, or Latin without OCR marks) with its width.
/// </summary>
public sealed class PageProfile
{
    private readonly string[] clean;
    private readonly double[] widths;

    private PageProfile(PageScript script, string[] clean, double[] widths, double columnWidth, bool blankLines)
    {
        Script = script;
        this.clean = clean;
        this.widths = widths;
        ColumnWidth = columnWidth;
        BlankLines = blankLines;
    }

    public PageScript Script { get; }

    public double ColumnWidth { get; }

    public bool BlankLines { get; }

    public static PageProfile Of(IReadOnlyList<PageLine> lines, PageScript script)
    {
        var clean = new string[lines.Count];
        var widths = new double[lines.Count];
        var sorted = new List<double>(lines.Count);
        var blank = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            clean[i] = script == PageScript.Cjk ? Despacer.Body(text) : Despacer.LatinSignal(text);
            widths[i] = Width(clean[i], script);
            if (lines[i].IsBlank)
            {
                blank++;
            }
            else
            {
                sorted.Add(widths[i]);
            }
        }

        sorted.Sort();
        var column = sorted.Count == 0 ? 0 : sorted[(int)Math.Floor((sorted.Count - 1) * 0.8)];
        return new PageProfile(script, clean, widths, column, blank * 20 >= sorted.Count);
    }

    /// <summary>The line as the rules read it.</summary>
    public string Clean(PageLine line) => clean[line.Number];

    public double Width(PageLine line) => widths[line.Number];

    public double Width(string text) =>
        Width(Script == PageScript.Cjk ? Despacer.Body(text) : Despacer.LatinSignal(text), Script);

    private static double Width(string clean, PageScript script) =>
        script == PageScript.Cjk ? CharClass.DisplayWidth(clean) : clean.Length;
}
