using Serverless.Publishing.Splitting.Model.Features;

namespace Serverless.Publishing.Tests.Splitting;

/// <summary>The sliding seams against the plain definition: sets of terms in the 30 positions either side.</summary>
public sealed class ArticleSeamsTests
{
    [Fact]
    public void Two_stories_glued_share_nothing_across_their_seam()
    {
        int[][] terms = [[1, 2], [2, 3], [1, 3], [7, 8], [8, 9], [7, 9]];
        int[] articles = [0, 0, 0, 0, 0, 0];

        var seams = ArticleSeams.Of(articles, terms);

        Assert.Null(seams[0]);
        Assert.Equal(new ArticleSeam(0, 0, 1), seams[2]); // the first story's last line leans back
        Assert.Equal(new ArticleSeam(0, 1, 0), seams[3]); // the second story's first line leans forward
        Assert.Equal(new ArticleSeam(0.5, 0.5, 0.5), seams[4]);
    }

    [Fact]
    public void Sliding_windows_give_the_plain_definition_on_random_pages_with_interleaved_articles()
    {
        var random = new Random(5);
        for (var page = 0; page < 200; page++)
        {
            var n = random.Next(1, 160);
            var terms = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(40)).Distinct().ToArray()).ToArray();
            var articles = new int[n];
            for (int k = 0, current = 0; k < n; k++)
            {
                current = random.Next(12) switch { 0 => current + 1, 1 => -1, 2 => Math.Max(0, current - 1), _ => Math.Max(current, 0) };
                articles[k] = current;
            }

            Assert.Equal(Plain(articles, terms), ArticleSeams.Of(articles, terms));
        }
    }

    private static ArticleSeam?[] Plain(int[] articles, int[][] terms)
    {
        var seams = new ArticleSeam?[articles.Length];
        for (var k = 1; k < articles.Length; k++)
        {
            var a = articles[k];
            if (a < 0 || articles[k - 1] != a)
            {
                continue;
            }

            var before = Enumerable.Range(Math.Max(0, k - ArticleSeams.Window), k - Math.Max(0, k - ArticleSeams.Window)).Where(j => articles[j] == a).SelectMany(j => terms[j]).ToHashSet();
            var after = Enumerable.Range(k + 1, Math.Max(0, Math.Min(articles.Length, k + 1 + ArticleSeams.Window) - k - 1)).Where(j => articles[j] == a).SelectMany(j => terms[j]).ToHashSet();
            if (before.Count > 0 && after.Count > 0)
            {
                double n = Math.Max(1, terms[k].Length);
                seams[k] = new ArticleSeam(after.Count(before.Contains) / (double)after.Count, terms[k].Count(after.Contains) / n, terms[k].Count(before.Contains) / n);
            }
        }

        return seams;
    }
}
