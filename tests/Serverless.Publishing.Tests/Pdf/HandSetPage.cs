using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>
/// Small pages set by hand for the layout steps: 10 pt body, columns 100 pt wide (ten characters) with 12 pt gutters.
/// </summary>
internal static class HandSetPage
{
    public const double Body = 10, Pitch = 14, Column = 100, Gutter = 12;

    public static LayoutLine Title(string text, int column, double top) =>
        new(text, Left(column), Left(column) + 2 * Body * text.Length, top, top + 2 * Body, 2 * Body, true, true);

    /// <summary>One line per string, top down; a leading ideographic space indents the line by one character.</summary>
    public static IEnumerable<LayoutLine> ColumnText(int column, double top, params string[] lines) =>
        lines.Select((text, i) =>
        {
            var indent = text.TakeWhile(c => c == '　').Count();
            var printed = text.TrimStart('　');
            var left = Left(column) + indent * Body;
            return Line(printed, left, Math.Min(left + printed.Length * Body, Left(column) + Column), top + i * Pitch);
        });

    /// <summary>A line set against the column's right edge.</summary>
    public static LayoutLine RightSet(string text, int column, double top) =>
        Line(text, Left(column) + Column - text.Length * Body, Left(column) + Column, top);

    public static LayoutLine Line(string text, double left, double right, double top) =>
        new(text, left, right, top, top + Body, Body, false, true);

    public static double Left(int column) => 20 + column * (Column + Gutter);

    public static PageLayout Page(IEnumerable<LayoutLine> lines) => new(1, 600, 400, lines.ToList(), Body, [], [], []);
}
