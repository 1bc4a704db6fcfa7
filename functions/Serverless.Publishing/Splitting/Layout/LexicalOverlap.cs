using System.Globalization;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Blocks;

namespace Serverless.Publishing.Splitting.Layout;

/// <summary>
/// How much of a headline a body repeats: the share of the headline's CJK character bigrams (names, places and topics
/// are two or three characters long) or of its Latin content words found in the body. Terms are hashed to integers
/// and cached per unit and per core: the attacher asks many times.
/// </summary>
public sealed class LexicalOverlap(PageScript script)
{
    /// <summary>Bodies beyond this many characters add little evidence and cost time.</summary>
    private const int BodyLimit = 4000;

    private readonly Dictionary<Core, int[]> bodies = [];
    private readonly Dictionary<TextUnit, int[]> headlines = [];

    /// <summary>Share of the terms of the group's units [start, end) found in the core, over all the group's terms.</summary>
    public double Score(HeadlineGroup group, int start, int end, Core core)
    {
        if (!bodies.TryGetValue(core, out var body))
        {
            body = Terms(core.BodyText, BodyLimit);
            bodies[core] = body;
        }

        var total = 0;
        var hits = 0;
        for (var i = 0; i < group.Units.Count; i++)
        {
            // Terms per unit: a bigram across a kicker and a title is no word.
            var unit = group.Units[i];
            if (!headlines.TryGetValue(unit, out var terms))
            {
                terms = Terms(unit.Compact, int.MaxValue);
                headlines[unit] = terms;
            }

            total += terms.Length;
            if (i >= start && i < end)
            {
                foreach (var term in terms)
                {
                    hits += Array.BinarySearch(body, term) >= 0 ? 1 : 0;
                }
            }
        }

        return total == 0 ? 0 : (double)hits / total;
    }

    /// <summary>Distinct term hashes, sorted: a compact set that costs one array per text.</summary>
    private int[] Terms(string text, int limit)
    {
        var terms = new List<int>(Math.Min(text.Length, limit));
        var span = text.AsSpan(0, Math.Min(text.Length, limit));
        if (script == PageScript.Cjk)
        {
            for (var i = 0; i + 1 < span.Length; i++)
            {
                if (CharClass.IsCjk(span[i]) && CharClass.IsCjk(span[i + 1]))
                {
                    terms.Add((span[i] << 16) | span[i + 1]);
                }
            }

            return Distinct(terms);
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
                    terms.Add(string.GetHashCode(word[..Math.Min(5, word.Length)].ToString().ToLower(CultureInfo.InvariantCulture)));
                }

                start = -1;
            }
        }

        return Distinct(terms);
    }

    private static int[] Distinct(List<int> terms)
    {
        terms.Sort();
        var count = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            if (count == 0 || terms[i] != terms[count - 1])
            {
                terms[count++] = terms[i];
            }
        }

        return terms.GetRange(0, count).ToArray();
    }
}
