using System.Globalization;
using Serverless.Publishing.Pdf.Articles;

namespace Serverless.Cli.Commands;

/// <summary>
/// split page.pdf --explain: each line of each page in reading order, with the layout's role for it, the features
/// the role was read from (size against the body text, weight, column, indent) and the article it went to.
/// </summary>
public static class LayoutExplanation
{
    public static void Write(IEnumerable<LineRecord> records, TextWriter output)
    {
        output.WriteLine("page  article  role       size  bold  column  indent  text");
        output.WriteLine("(size: against the page's body text; indent: in body characters; article: in reading order, - for furniture)");
        foreach (var r in records)
        {
            var article = r.Article < 0 ? "-" : (r.Article + 1).ToString(CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Page,4}  {article,7}  {r.Role,-9}  {r.RelativeSize,4:F2}  {(r.Bold ? "yes" : "no"),4}  {r.Column,6}  {r.Indent,6:F1}  {r.Text}"));
        }
    }
}
