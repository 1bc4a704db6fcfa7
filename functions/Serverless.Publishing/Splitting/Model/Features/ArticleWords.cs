namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// The words of the articles a reading drew: for a line, the share of its terms that the body of its own article
/// repeats, and the bodies of the articles before and after it (a headline or a paragraph that went to the wrong
/// story shares more with its neighbour than with its own); and how much the article shares across each of its lines.
/// </summary>
public sealed class ArticleWords
{
    private readonly int[][] lineTerms;
    private readonly int[] articles;
    private readonly bool[] inBody;
    private readonly Dictionary<int, int>[] bodyCounts;
    private readonly ArticleSeam?[] seams;

    private ArticleWords(int[][] lineTerms, int[] articles, bool[] inBody, Dictionary<int, int>[] bodyCounts, int[] pageCounts)
    {
        this.lineTerms = lineTerms;
        this.articles = articles;
        this.inBody = inBody;
        this.bodyCounts = bodyCounts;
        // A term on a quarter of the page's lines or more ("疫情", "the") ties every story to every other one.
        var limit = Math.Max(3, lineTerms.Length / 4);
        seams = ArticleSeams.Of(articles, [.. lineTerms.Select(terms => terms.Where(t => pageCounts[t] <= limit).ToArray())], pageCounts.Length);
    }

    public static ArticleWords Of(TaggedPage reading)
    {
        var page = reading.Page;
        var articles = ArticleSegments.Assign(reading.Tags);
        var count = articles.DefaultIfEmpty(-1).Max() + 1;
        var bodyCounts = Enumerable.Range(0, count).Select(_ => new Dictionary<int, int>()).ToArray();
        var lineTerms = page.Terms.Lines;
        var inBody = new bool[page.Count];
        var pageCounts = new int[page.Terms.Count];
        for (var k = 0; k < page.Count; k++)
        {
            foreach (var term in lineTerms[k])
            {
                pageCounts[term]++;
            }

            inBody[k] = articles[k] >= 0 && reading.Tags[k] is LineTag.BodyStart or LineTag.Body or LineTag.Resume;
            if (inBody[k])
            {
                foreach (var term in lineTerms[k])
                {
                    bodyCounts[articles[k]][term] = bodyCounts[articles[k]].GetValueOrDefault(term) + 1;
                }
            }
        }

        return new ArticleWords(lineTerms, articles, inBody, bodyCounts, pageCounts);
    }

    /// <summary>The seam this line would make if its article were cut before it (<see cref="ArticleSeams"/>).</summary>
    public ArticleSeam? Seam(int position) => seams[position];

    /// <summary>Shares of the line's terms in its own article's other body lines, the article before and the one after.</summary>
    public (double Own, double Previous, double Next)? Shares(int position)
    {
        var a = articles[position];
        var terms = lineTerms[position];
        if (a < 0 || terms.Length == 0)
        {
            return null;
        }

        int own = 0, previous = 0, next = 0;
        var self = inBody[position] ? 1 : 0;
        foreach (var term in terms)
        {
            own += bodyCounts[a].GetValueOrDefault(term) > self ? 1 : 0;
            previous += a > 0 && bodyCounts[a - 1].ContainsKey(term) ? 1 : 0;
            next += a + 1 < bodyCounts.Length && bodyCounts[a + 1].ContainsKey(term) ? 1 : 0;
        }

        double n = terms.Length;
        return (own / n, previous / n, next / n);
    }
}
