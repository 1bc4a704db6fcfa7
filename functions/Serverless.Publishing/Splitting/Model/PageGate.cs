namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// How far the model's reading of a page stands above the rules' reading, both scored by the model: the score gap of
/// the two tag sequences, per line, and how many lines they tag differently.
/// </summary>
public readonly record struct GateReading(int Lines, float Gap, int Disagree)
{
    /// <summary>The gap spread over the page's lines, so long and short pages compare.</summary>
    public float GapPerLine => Lines == 0 ? 0 : Gap / Lines;
}

/// <summary>
/// Decides per page whether to keep the rules' split or take the learned one. The rules are kept when the model
/// "accepts" their reading: it costs at most a margin per line less than the model's own best reading.
/// </summary>
public static class PageGate
{
    public static GateReading Read(TaggedPage tagged)
    {
        var model = tagged.Reader;
        var rules = tagged.Page.RuleTags;
        var disagree = 0;
        for (var k = 0; k < rules.Length; k++)
        {
            disagree += rules[k] != tagged.Tags[k] ? 1 : 0;
        }

        var gap = model.Score(tagged.Emissions, tagged.Tags) - model.Score(tagged.Emissions, rules);
        return new GateReading(rules.Length, gap, disagree);
    }

    public static bool KeepsRules(GateReading reading, double marginPerLine) => reading.GapPerLine <= marginPerLine;
}
