namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// Were an article cut before a line: the share of the distinct topical terms of the article's next lines that its
/// previous lines repeat (two stories glued into one share little across their seam; a subhead's story goes on with
/// the same names), and the share of the line's own terms found after it and before it.
/// </summary>
public readonly record struct ArticleSeam(double Across, double LineAfter, double LineBefore);

/// <summary>
/// Every line's seam, with windows of <see cref="Window"/> positions either side counted over the article's own
/// lines. The two windows slide along each article with their term counts, distinct terms and shared terms kept up
/// to date, so a page costs one pass per article, not one per line.
/// </summary>
public sealed class ArticleSeams
{
    public const int Window = 30;

    private readonly int[] before;
    private readonly int[] after;
    private int distinctBefore;
    private int distinctAfter;
    private int shared;

    private ArticleSeams(int terms)
    {
        before = new int[terms];
        after = new int[terms];
    }

    /// <summary>The seam at each position; null for Out lines, an article's first line, or where a side has no terms.</summary>
    public static ArticleSeam?[] Of(int[] articles, int[][] topicalTerms)
    {
        var ids = new Dictionary<int, int>();
        var lines = topicalTerms.Select(terms => terms.Select(t => ids.TryGetValue(t, out var id) ? id : ids[t] = ids.Count).ToArray()).ToArray();
        return Of(articles, lines, ids.Count);
    }

    /// <summary>The same for terms already numbered 0..<paramref name="termCount"/>-1.</summary>
    public static ArticleSeam?[] Of(int[] articles, int[][] terms, int termCount)
    {
        var seams = new ArticleSeam?[articles.Length];
        var windows = new ArticleSeams(termCount);
        var positions = new List<int>[articles.DefaultIfEmpty(-1).Max() + 1];
        for (var k = 0; k < articles.Length; k++)
        {
            if (articles[k] >= 0)
            {
                (positions[articles[k]] ??= []).Add(k);
            }
        }

        foreach (var article in positions.Where(p => p is not null))
        {
            windows.Slide([.. article], articles, terms, seams);
        }

        return seams;
    }

    private void Slide(int[] positions, int[] articles, int[][] lines, ArticleSeam?[] seams)
    {
        var low = 0;  // before holds positions[low .. i - 1]
        var high = 0; // after holds positions[i + 1 .. high - 1]
        for (var i = 0; i < positions.Length; i++)
        {
            var k = positions[i];
            if (i > 0)
            {
                Move(lines[positions[i - 1]], before, after, +1);
                if (high > i)
                {
                    Move(lines[k], after, before, -1);
                }
            }

            for (; positions[low] < k - Window; low++)
            {
                Move(lines[positions[low]], before, after, -1);
            }

            for (high = Math.Max(high, i + 1); high < positions.Length && positions[high] <= k + Window; high++)
            {
                Move(lines[positions[high]], after, before, +1);
            }

            if (k > 0 && articles[k - 1] == articles[k] && distinctBefore > 0 && distinctAfter > 0)
            {
                var own = lines[k];
                double n = Math.Max(1, own.Length);
                seams[k] = new ArticleSeam(shared / (double)distinctAfter, own.Count(t => after[t] > 0) / n, own.Count(t => before[t] > 0) / n);
            }
        }

        Array.Clear(before);
        Array.Clear(after);
        (distinctBefore, distinctAfter, shared) = (0, 0, 0);
    }

    /// <summary>Adds a line's terms to one window (or removes them), keeping its distinct count and the shared count.</summary>
    private void Move(int[] terms, int[] window, int[] other, int delta)
    {
        foreach (var t in terms)
        {
            var was = window[t] > 0;
            window[t] += delta;
            var now = window[t] > 0;
            if (was != now)
            {
                var change = now ? 1 : -1;
                if (ReferenceEquals(window, before))
                {
                    distinctBefore += change;
                }
                else
                {
                    distinctAfter += change;
                }

                shared += other[t] > 0 ? change : 0;
            }
        }
    }
}
