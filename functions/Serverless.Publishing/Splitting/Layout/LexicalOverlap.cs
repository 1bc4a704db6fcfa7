using System.Globalization;
using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Layout;

/// <summary>
/// How much of a headline a body repeats: the share of the headline's CJK character bigrams (names, places and topics
/// are two or three characters long) or of its Latin content words found in the body.
/// </summary>
public sealed class LexicalOverlap(PageScript script)
{
    private readonly Dictionary<Core, HashSet<string>> bodies = [];

    /// <summary>Share of the terms of the group's units [start, end) found in the core, over all the group's terms.</summary>
    public double Score(HeadlineGroup group, int start, int end, Core core)
    {
        var total = 0;
        var hits = 0;
        for (var i = 0; i < group.Units.Count; i++)
        {
            // Terms per unit: a bigram across a kicker and a title is no word.
            var terms = Terms(group.Units[i].Compact, limit: int.MaxValue);
            total += terms.Count;
            if (i >= start && i < end)
            {
                hits += Hits(terms, core);
            }
        }

        return total == 0 ? 0 : (double)hits / total;
    }

    private int Hits(HashSet<string> terms, Core core)
    {

        if (!bodies.TryGetValue(core, out var body))
        {
            body = Terms(core.BodyText, limit: 4000);
            bodies[core] = body;
        }

        var hits = 0;
        foreach (var term in terms)
        {
            hits += body.Contains(term) ? 1 : 0;
        }

        return hits;
    }

    private HashSet<string> Terms(string text, int limit)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var span = text.AsSpan(0, Math.Min(text.Length, limit));
        if (script == PageScript.Cjk)
        {
            for (var i = 0; i + 1 < span.Length; i++)
            {
                if (CharClass.IsCjk(span[i]) && CharClass.IsCjk(span[i + 1]))
                {
                    terms.Add(span.Slice(i, 2).ToString());
                }
            }

            return terms;
        }

        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var letter = i < span.Length && char.IsLetter(span[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = span[start..i];
                if (word.Length >= 4)
                {
                    // A five-letter stem matches plurals and tenses without a stemmer.
                    terms.Add(word[..Math.Min(5, word.Length)].ToString().ToLower(CultureInfo.InvariantCulture));
                }

                start = -1;
            }
        }

        return terms;
    }
}
