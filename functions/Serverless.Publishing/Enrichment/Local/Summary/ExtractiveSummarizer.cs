namespace Serverless.Publishing.Enrichment.Local.Summary;

/// <summary>
/// TextRank over sentences: a sentence is central when it shares content words with many other sentences.
/// Returns the 2–3 best in page order (3 once an article has six sentences or more).
/// </summary>
internal static class ExtractiveSummarizer
{
    private const double Damping = 0.85;
    private const int Iterations = 30;

    /// <param name="sentences">Sentences in page order with their content words.</param>
    public static IReadOnlyList<string> Summarize(IReadOnlyList<(string Text, IReadOnlySet<string> Words)> sentences)
    {
        var n = sentences.Count;
        if (n <= 2)
        {
            return sentences.Select(s => s.Text).ToList();
        }

        var weights = new double[n, n];
        var totals = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var similarity = Similarity(sentences[i].Words, sentences[j].Words);
                weights[i, j] = weights[j, i] = similarity;
                totals[i] += similarity;
                totals[j] += similarity;
            }
        }

        var scores = Enumerable.Repeat(1.0, n).ToArray();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    if (weights[j, i] > 0)
                    {
                        sum += weights[j, i] / totals[j] * scores[j];
                    }
                }

                next[i] = 1 - Damping + Damping * sum;
            }

            scores = next;
        }

        var take = n >= 6 ? 3 : 2;
        return Enumerable.Range(0, n)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .Take(take)
            .Order()
            .Select(i => sentences[i].Text)
            .ToList();
    }

    // Mihalcea & Tarau: shared words normalised by sentence lengths, so long sentences do not win by size alone.
    private static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count < 2 || b.Count < 2)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return shared == 0 ? 0 : shared / (Math.Log(a.Count) + Math.Log(b.Count));
    }
}
