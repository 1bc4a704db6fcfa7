using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Blocks;

/// <summary>What the rules need to know about the whole page: its script and its typical column width.</summary>
/// <param name="BlankLines">
/// The page separates blocks with blank lines. PDF extraction often does not: then headlines must be found line by line.
/// </param>
public sealed record PageProfile(PageScript Script, double ColumnWidth, bool BlankLines = true)
{
    public static PageProfile Of(IReadOnlyList<PageLine> lines, PageScript script)
    {
        var widths = lines.Where(l => !l.IsBlank).Select(l => Width(l.Text, script)).Order().ToList();
        var column = widths.Count == 0 ? 0 : widths[(int)Math.Floor((widths.Count - 1) * 0.8)];
        var blank = lines.Count(l => l.IsBlank);
        return new PageProfile(script, column, blank * 20 >= widths.Count);
    }

    public double Width(string text) => Width(text, Script);

    private static double Width(string text, PageScript script) =>
        script == PageScript.Cjk ? CharClass.DisplayWidth(Despacer.Body(text)) : Despacer.LatinSignal(text).Length;
}
