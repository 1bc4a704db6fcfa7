using Serverless.Publishing.Splitting.Model;

namespace Serverless.SplitterTraining;

/// <summary>
/// An alternative to the per-page gate, kept for measurement (`--region-margins`): the rules' reading put back stretch
/// by stretch. It lost on composed dev at every margin (1,302 / 1,300 / 1,289 / 1,283 / 1,234 at 0 / 100 / 200 / 400
/// / 800 against 1,305 without), so the product does not use it.
/// </summary>
public static class RegionBlend
{
    /// <summary>
    /// The model's tags with the rules' tags put back in every stretch where the two differ and the model's reading
    /// of the stretch scores at most <paramref name="regionMargin"/> above the rules' (the lines around a stretch
    /// agree, so each stretch is scored on its own: its emissions and the transitions into and out of it).
    /// </summary>
    public static LineTag[] Blend(SplitterModel model, TaggedPage tagged, double regionMargin)
    {
        var rules = tagged.Page.RuleTags;
        var tags = (LineTag[])tagged.Tags.Clone();
        for (var a = 0; a < tags.Length; a++)
        {
            if (tags[a] == rules[a])
            {
                continue;
            }

            var b = a;
            while (b + 1 < tags.Length && tags[b + 1] != rules[b + 1])
            {
                b++;
            }

            if (Stretch(model, tagged.Emissions, tags, a, b) - Stretch(model, tagged.Emissions, rules, a, b) <= regionMargin)
            {
                Array.Copy(rules, a, tags, a, b - a + 1);
            }

            a = b;
        }

        return tags;
    }

    /// <summary>The score of positions a..b of a tag sequence, with the transitions into a and out of b.</summary>
    private static float Stretch(SplitterModel model, float[] emissions, IReadOnlyList<LineTag> tags, int a, int b)
    {
        const int T = LineTags.Count;
        var score = 0f;
        var previous = a == 0 ? T : (int)tags[a - 1];
        for (var k = a; k <= b; k++)
        {
            score += model.Transitions[previous * T + (int)tags[k]] + emissions[k * T + (int)tags[k]];
            previous = (int)tags[k];
        }

        return b + 1 < tags.Count ? score + model.Transitions[previous * T + (int)tags[b + 1]] : score;
    }
}
