using System.Reflection;
using Serverless.Publishing.Enrichment.Local.Chinese.Jieba;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Enrichment.Local.Jieba;

/// <summary>JiebaLoader must give jieba exactly what jieba's own loader builds, so that every cut stays jieba's.</summary>
public sealed class JiebaLoaderTests(JiebaCopies copies) : IClassFixture<JiebaCopies>
{
    private JiebaInternals Classic => JiebaInternals.TryResolve(copies.Classic, out _)!;

    private JiebaInternals Fast => JiebaInternals.TryResolve(copies.Fast, out _)!;

    [Fact]
    public void Jieba_0_42_2_has_the_fields_the_loader_fills()
    {
        Assert.True(copies.FastLoaded, copies.FallbackReason);
        Assert.NotNull(JiebaInternals.TryResolve(typeof(JiebaNet.Segmenter.JiebaSegmenter).Assembly, out var mismatch));
        Assert.Null(mismatch);
    }

    [Fact]
    public void The_internals_refuse_any_other_jieba_version_unless_told_not_to()
    {
        var jieba = typeof(JiebaNet.Segmenter.JiebaSegmenter).Assembly;
        Assert.Equal(new Version(0, 42, 2, 0), jieba.GetName().Version);
        Assert.Null(JiebaInternals.VersionMismatch(new AssemblyName("JiebaNet.Segmenter") { Version = new Version(0, 42, 2, 0) }));
        Assert.Contains("0.42.3.0", JiebaInternals.VersionMismatch(new AssemblyName("JiebaNet.Segmenter") { Version = new Version(0, 42, 3, 0) }));
        Assert.NotNull(JiebaInternals.TryResolve(jieba, out _, requireVersion: false));
    }

    [Fact]
    public void Word_frequencies_and_their_total_are_jiebas_own()
    {
        var expected = Classic.WordFrequencies;
        var actual = Fast.WordFrequencies;

        Assert.IsType<LexiconMap<int>>(actual);
        Assert.True(expected.Count > 400_000, $"jieba's own dictionary has only {expected.Count} entries");
        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected, pair => Assert.Equal(pair.Value, actual.TryGetValue(pair.Key, out var value) ? value : -1));
        Assert.Equal(Classic.Total, Fast.Total);
    }

    [Fact]
    public void Word_tags_are_jiebas_own()
    {
        var expected = Classic.WordTags;
        var actual = Fast.WordTags;

        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected, pair => Assert.Equal(pair.Value, actual.TryGetValue(pair.Key, out var value) ? value : null));
        Assert.Equal(0, Fast.WordFrequencies["中华人民共"]);
        Assert.False(actual.ContainsKey("中华人民共"), "a prefix that is not a word has no tag");
    }

    [Fact]
    public void Hmm_models_are_jiebas_own_in_jiebas_order()
    {
        var (expected, actual) = (Classic.PartOfSpeech, Fast.PartOfSpeech);
        AssertSame(expected.Start, actual.Start, (e, a) => Assert.Equal(e, a));
        AssertSame(expected.Transitions, actual.Transitions, (e, a) => AssertSame(e, a, (x, y) => Assert.Equal(x, y)));
        AssertSame(expected.Emissions, actual.Emissions, (e, a) => AssertSame(e, a, (x, y) => Assert.Equal(x, y)));
        AssertSame(expected.StatesByChar, actual.StatesByChar, (e, a) => Assert.Equal(e, a));

        var (expectedBoundaries, actualBoundaries) = (Classic.WordBoundaries, Fast.WordBoundaries);
        AssertSame(expectedBoundaries.Transitions, actualBoundaries.Transitions, (e, a) => AssertSame(e, a, (x, y) => Assert.Equal(x, y)));
        AssertSame(expectedBoundaries.Emissions, actualBoundaries.Emissions, (e, a) => AssertSame(e, a, (x, y) => Assert.Equal(x, y)));
    }

    [Fact]
    public void Both_loaders_cut_every_chinese_page_the_same()
    {
        var pages = Directory.GetFiles(TestPaths.Corpus, "zh-*.txt").Concat(Directory.GetFiles(TestPaths.Samples, "zh-*.txt")).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            var expected = JiebaCopies.Cut(copies.Classic, text);
            Assert.True(expected.Count > 100, page);
            Assert.Equal(expected, JiebaCopies.Cut(copies.Fast, text));
        }
    }

    [Fact]
    public void Without_the_empty_models_jieba_loads_its_own_files()
    {
        var resources = Directory.CreateTempSubdirectory("jieba-resources-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(JiebaCopies.Resources))
            {
                File.CreateSymbolicLink(Path.Combine(resources, Path.GetFileName(file)), file);
            }

            var copy = copies.NewCopy("jieba-fallback");
            Assert.False(JiebaLoader.Load(copy, resources, out var reason));
            Assert.Contains(JiebaLoader.EmptyModelsFolder, reason);
            Assert.True(JiebaInternals.TryResolve(copy, out _)!.WordFrequencies.Count > 400_000);
            Assert.IsNotType<LexiconMap<int>>(JiebaInternals.TryResolve(copy, out _)!.WordFrequencies);
        }
        finally
        {
            Directory.Delete(resources, recursive: true);
        }
    }

    private static void AssertSame<TKey, TValue>(IDictionary<TKey, TValue> expected, IDictionary<TKey, TValue> actual, Action<TValue, TValue> assertValue)
    {
        // jieba's Viterbi enumerates these dictionaries, so the order matters as much as the content.
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var key in expected.Keys)
        {
            assertValue(expected[key], actual[key]);
        }
    }
}
