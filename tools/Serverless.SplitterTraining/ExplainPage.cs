using System.Globalization;
using Serverless.Publishing.Splitting.Model;

namespace Serverless.SplitterTraining;

/// <summary>A page line by line: gold tag, the rules' tag, the model's tag and margin, the text; "*" marks a wrong tag.</summary>
public static class ExplainPage
{
    public static void Write(TruthPage page, Readers model, TextWriter output)
    {
        var tagged = model.Tagger().Tag(page.Context, page.Features);
        output.WriteLine(page.TextPath);
        for (var k = 0; k < page.Context.Count; k++)
        {
            var wrong = tagged.Tags[k] != page.Gold[k] ? "*" : " ";
            var text = page.Context.Line(k).Text.Trim();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{page.Context.Positions[k] + 1,4} {wrong} gold {page.Gold[k].Code(),-2} rules {page.Context.RuleTags[k].Code(),-2} model {tagged.Tags[k].Code(),-2} {tagged.Margin(k),6:F1}  {text[..Math.Min(text.Length, 40)]}"));
        }
    }
}
