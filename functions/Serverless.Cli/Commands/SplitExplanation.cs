using System.Globalization;
using Serverless.Publishing.Splitting.Model;

namespace Serverless.Cli.Commands;

/// <summary>
/// split --explain: each non-blank line with the model's tag, the rules' tag, how far the tag's score stood above the
/// next best, and the article it went to, so a user can see why a page split as it did.
/// </summary>
public static class SplitExplanation
{
    /// <param name="gateMarginPerLine">The gate's margin (<c>Splitting:GateMarginPerLine</c>), for the closing line.</param>
    public static void Write(TaggedPage tagged, TextWriter output, double gateMarginPerLine)
    {
        var page = tagged.Page;
        var articles = ArticleSegments.Assign(tagged.Tags);
        output.WriteLine("line  tag  rules  margin  article  text");
        output.WriteLine("(tags: O furniture/advert, H> headline of the next body, H< headline closing the previous body, B body start, I body, X extra, R resumes an interrupted story)");
        for (var k = 0; k < page.Count; k++)
        {
            var line = page.Line(k);
            var article = articles[k] < 0 ? "-" : (articles[k] + 1).ToString(CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{line.Number + 1,4}  {tagged.Tags[k].Code(),-3}  {page.RuleTags[k].Code(),-5}  {tagged.Margin(k),6:F1}  {article,7}  {line.Text}"));
        }

        // What Decisions=Gated would do with this page, and why.
        {
            var gate = PageGate.Read(tagged);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gate: the model's reading scores {gate.Gap:F1} above the rules' ({gate.GapPerLine:F1} per line, {gate.Disagree} of {gate.Lines} lines tagged otherwise); with Decisions=Gated the page {(PageGate.KeepsRules(gate, gateMarginPerLine) ? "keeps the rules' split" : "takes the learned split")} (margin {gateMarginPerLine:F1} per line)"));
        }
    }
}
