using Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

namespace Serverless.Publishing.Tests.Enrichment.Local.Jieba;

public sealed class LexiconMapTests
{
    [Fact]
    public void Index_finds_every_key_after_growing_past_its_first_capacity()
    {
        var words = Enumerable.Range(0, 5_000).Select(i => $"词{i}").ToList();
        var text = string.Join('\n', words).ToCharArray();
        var index = new SpanKeyIndex(text, expectedCount: 4);
        var start = 0;
        foreach (var word in words)
        {
            Assert.Equal(index.Count, index.Add(start, word.Length));
            start += word.Length + 1;
        }

        Assert.Equal(words.Count, index.Count);
        Assert.Equal(0, index.Add(0, words[0].Length));
        Assert.All(words.Select((word, entry) => (word, entry)), w => Assert.Equal(w.entry, index.IndexOf(w.word)));
        Assert.Equal(-1, index.IndexOf("词"));
        Assert.Equal(-1, index.IndexOf("词5000"));
    }

    [Fact]
    public void Added_words_win_over_loaded_ones_and_only_present_entries_count()
    {
        var map = Map(("中国", "ns"), ("中", null), ("人民", "n"));

        Assert.Equal(2, map.Count);
        Assert.False(map.ContainsKey("中"));
        Assert.Equal("ns", map["中国"]);

        map["中国"] = "nz";
        map["管委会"] = "nt";
        map.Add("中", "f");

        Assert.Equal("nz", map["中国"]);
        Assert.Equal(4, map.Count);
        Assert.Equal(["人民", "中国", "管委会", "中"], map.Keys);
        Assert.Equal(["n", "nz", "nt", "f"], map.Values);
        Assert.Throws<ArgumentException>(() => map.Add("人民", "v"));
        Assert.Throws<KeyNotFoundException>(() => map["党工委"]);
        Assert.Throws<NotSupportedException>(() => map.Remove("人民"));
    }

    private static LexiconMap<string> Map(params (string Key, string? Value)[] entries)
    {
        var text = string.Concat(entries.Select(e => e.Key)).ToCharArray();
        var index = new SpanKeyIndex(text, entries.Length);
        var values = new string[entries.Length];
        var present = new bool[entries.Length];
        var start = 0;
        foreach (var (key, value) in entries)
        {
            var entry = index.Add(start, key.Length);
            (values[entry], present[entry]) = (value!, value is not null);
            start += key.Length;
        }

        return new LexiconMap<string>(index, values, present);
    }
}
