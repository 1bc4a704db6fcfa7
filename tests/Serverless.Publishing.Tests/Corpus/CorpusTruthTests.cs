namespace Serverless.Publishing.Tests.Corpus;

/// <summary>Guards the corpus itself: a truth file that no longer fits its page would make the splitter look wrong.</summary>
public sealed class CorpusTruthTests
{
    private static readonly string[] Kinds = ["news", "column", "photo", "other"];

    [Theory]
    [MemberData(nameof(CorpusPage.Names), MemberType = typeof(CorpusPage))]
    public void Truth_file_fits_its_page(string name)
    {
        var page = CorpusPage.Named(name);
        var lines = File.ReadAllText(page.PagePath).Split('\n');
        var truth = LineTruth.Load(page.TruthPath);
        Assert.Equal(name, truth.Page);
        Assert.NotEmpty(truth.Articles);

        var owner = new Dictionary<int, int>();
        for (var a = 0; a < truth.Articles.Count; a++)
        {
            var article = truth.Articles[a];
            Assert.Contains(article.Kind, Kinds);
            Assert.All(article.Body, range => Assert.True(range.Count == 2 && range[0] <= range[1], $"article {a + 1}: bad body range"));

            var printed = new List<string>();
            foreach (var n in article.BodyLines)
            {
                Assert.InRange(n, 1, lines.Length);
                Claim(owner, n, a);
                printed.Add(lines[n - 1]);
            }

            foreach (var (part, n) in article.HeadlineAndExtraLines)
            {
                Assert.InRange(n, 1, lines.Length);
                Assert.False(string.IsNullOrWhiteSpace(lines[n - 1]), $"article {a + 1}: {part} line {n} is blank");
                Claim(owner, n, a);
                if (part == "extra")
                {
                    printed.Add(lines[n - 1]);
                }
            }

            var text = Squash(string.Concat(printed));
            Assert.False(text.Length == 0, $"article {a + 1} has no body text");
            foreach (var author in article.Authors ?? [])
            {
                Assert.True(text.Contains(Squash(author), StringComparison.OrdinalIgnoreCase),
                    $"article {a + 1}: author {author} is not printed in its body or extra lines");
            }
        }

        foreach (var n in truth.Hyphenated ?? [])
        {
            Assert.True(owner.ContainsKey(n) && lines[n - 1].TrimEnd().EndsWith('-'), $"hyphenated line {n} is no article line ending in a hyphen");
        }
    }

    [Fact]
    public void Corpus_covers_both_languages_and_the_sample_layouts()
    {
        var languages = CorpusPage.All
            .Where(page => page.PagePath.StartsWith(Serverless.Testing.TestPaths.Corpus, StringComparison.Ordinal))
            .Select(page => LineTruth.Load(page.TruthPath).Language)
            .ToList();
        Assert.True(languages.Count(l => l.StartsWith("zh", StringComparison.Ordinal)) >= 10, "at least 10 Chinese corpus pages");
        Assert.True(languages.Count(l => l == "en") >= 5, "at least 5 English corpus pages");
        Assert.All(["zh-headlines-before.txt", "zh-headlines-after.txt", "en-front-page.txt"],
            sample => Assert.True(File.Exists(Path.Combine(Serverless.Testing.TestPaths.Samples, sample)), sample));
    }

    private static void Claim(Dictionary<int, int> owner, int line, int article)
    {
        if (owner.TryGetValue(line, out var other) && other != article)
        {
            Assert.Fail($"line {line} belongs to article {other + 1} and article {article + 1}");
        }

        owner[line] = article;
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
