using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// Which way a line's words point: the share of its terms (CJK bigrams, Latin words of five letters or more) repeated
/// in the lines just after it and just before it. A headline repeats its own body's names and topics.
/// </summary>
public sealed class LexicalFeatures : ILineFeatureSource
{
    private static readonly uint NearAfter = FeatureHash.Template("lex-near-after");
    private static readonly uint NearBefore = FeatureHash.Template("lex-near-before");
    private static readonly uint FarAfter = FeatureHash.Template("lex-far-after");
    private static readonly uint FarBefore = FeatureHash.Template("lex-far-before");
    private static readonly uint Direction = FeatureHash.Template("lex-direction");

    private const int Near = 8;
    private const int Far = 40;
    private static readonly double[] ShareBounds = [0, 0.15, 0.3, 0.5, 0.7];

    public void Add(PageContext page, FeatureSink[] sinks)
    {
        var terms = page.Terms.Lines;
        var where = Occurrences(terms, page.Terms.Count, out var from);
        for (var k = 0; k < page.Count; k++)
        {
            if (terms[k].Length == 0)
            {
                continue;
            }

            int nearAfter = 0, nearBefore = 0, farAfter = 0, farBefore = 0;
            foreach (var term in terms[k])
            {
                var list = where.AsSpan(from[term], from[term + 1] - from[term]);
                nearAfter += Any(list, k + 1, k + Near) ? 1 : 0;
                nearBefore += Any(list, k - Near, k - 1) ? 1 : 0;
                farAfter += Any(list, k + 1, k + Far) ? 1 : 0;
                farBefore += Any(list, k - Far, k - 1) ? 1 : 0;
            }

            double n = terms[k].Length;
            var sink = sinks[k];
            sink.Add(NearAfter, FeatureHash.Bucket(nearAfter / n, ShareBounds), true);
            sink.Add(NearBefore, FeatureHash.Bucket(nearBefore / n, ShareBounds), true);
            sink.Add(FarAfter, FeatureHash.Bucket(farAfter / n, ShareBounds));
            sink.Add(FarBefore, FeatureHash.Bucket(farBefore / n, ShareBounds));
            sink.Add(Direction, Math.Sign(nearAfter - nearBefore) + 3 * Math.Sign(farAfter - farBefore), true);
        }
    }

    /// <summary>The positions of each term, ascending: term t's at where[from[t] .. from[t + 1] - 1].</summary>
    private static int[] Occurrences(int[][] terms, int count, out int[] from)
    {
        from = new int[count + 1];
        foreach (var line in terms)
        {
            foreach (var t in line)
            {
                from[t + 1]++;
            }
        }

        for (var t = 0; t < count; t++)
        {
            from[t + 1] += from[t];
        }

        var where = new int[from[count]];
        var next = from[..count];
        for (var k = 0; k < terms.Length; k++)
        {
            foreach (var t in terms[k])
            {
                where[next[t]++] = k;
            }
        }

        return where;
    }

    /// <summary>Whether the sorted positions hold one in [from, to].</summary>
    private static bool Any(ReadOnlySpan<int> sorted, int from, int to)
    {
        var i = sorted.BinarySearch(from);
        if (i < 0)
        {
            i = ~i;
        }

        return i < sorted.Length && sorted[i] <= to;
    }

    /// <summary>Adds the terms of a line to <paramref name="terms"/>, repeats included.</summary>
    internal static void AddTerms(string text, PageScript script, List<int> terms)
    {
        if (script == PageScript.Cjk)
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (CharClass.IsCjk(text[i]) && CharClass.IsCjk(text[i + 1]))
                {
                    terms.Add((text[i] << 16) | text[i + 1]);
                }
            }
        }
        else
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var letter = i < text.Length && char.IsLetter(text[i]);
                if (letter && start < 0)
                {
                    start = i;
                }
                else if (!letter && start >= 0)
                {
                    if (i - start >= 5)
                    {
                        terms.Add(Stem(text.AsSpan(start, i - start)));
                    }

                    start = -1;
                }
            }
        }
    }

    /// <summary>The first five letters, lower case: "Budget", "budgets" and "BUDGET" are one term.</summary>
    private static int Stem(ReadOnlySpan<char> word)
    {
        var hash = 17;
        for (var i = 0; i < 5; i++)
        {
            hash = hash * 31 + char.ToLowerInvariant(word[i]);
        }

        return hash;
    }
}
