using System.Diagnostics;
using System.Globalization;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;
using Microsoft.Extensions.Logging;
using Serverless.Publishing.Enrichment.Local.Text;

namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>
/// jieba.NET with the news user dictionary, loaded once on first use. jieba keeps its dictionary in a process-wide
/// singleton, so the loaded state is process-wide too; after loading, segmentation only reads shared state.
/// </summary>
internal sealed class ChineseSegmenter(ILogger<ChineseSegmenter> logger)
{
    // Process-wide like jieba's own dictionary: a second host in the same process (tests, the dev host) reuses it.
    private static Loaded? s_loaded;
    private static object? s_loadLock;

    private Loaded Current => LazyInitializer.EnsureInitialized(ref s_loaded, ref s_loadLock, () => Load(logger));

    /// <summary>Inverse document frequencies from jieba's idf.txt, and the median for unseen words.</summary>
    public IReadOnlyDictionary<string, double> Idf => Current.Idf;

    public double MedianIdf => Current.MedianIdf;

    /// <summary>jieba's stop words plus our news stop words.</summary>
    public IReadOnlySet<string> StopWords => Current.StopWords;

    /// <summary>The place gazetteer (provinces, cities, countries).</summary>
    public IReadOnlySet<string> Places => Current.Places;

    public void EnsureLoaded() => _ = Current;

    public IReadOnlyList<ChineseToken> Tokenize(string text)
    {
        var tokens = new List<ChineseToken>(text.Length / 2);
        var cursor = 0;
        foreach (var pair in Current.Segmenter.Cut(text, hmm: true))
        {
            // jieba drops nothing but may normalise whitespace, so locate each word rather than trust lengths.
            var offset = text.IndexOf(pair.Word, cursor, StringComparison.Ordinal);
            if (offset < 0)
            {
                continue;
            }

            tokens.Add(new ChineseToken(pair.Word, pair.Flag, offset));
            cursor = offset + pair.Word.Length;
        }

        return tokens;
    }

    private static Loaded Load(ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        var resources = Path.Combine(AppContext.BaseDirectory, "Resources");
        if (!File.Exists(Path.Combine(resources, "dict.txt")))
        {
            throw new InvalidOperationException($"jieba resources are missing from {resources}; Serverless.Publishing copies them to the output.");
        }

        // jieba resolves a relative directory against the working directory, which differs between hosts.
        ConfigManager.ConfigFileBaseDir = resources;

        // The word dictionary, the part-of-speech model and the IDF table are independent files: load them side by side.
        var posModel = Task.Run(() => JiebaNet.Segmenter.PosSeg.Viterbi.Instance);
        var tables = Task.Run(() => LoadTables(resources));

        var segmenter = new JiebaSegmenter();
        foreach (var line in LexiconResource.Lines("zh-user-dict.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            segmenter.AddWord(parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
        }

        // Place names as ns so that the tagger reports them (the default dictionary files 焦作 as a plain noun).
        var places = LexiconResource.Words("zh-places.txt").ToHashSet(StringComparer.Ordinal);
        foreach (var place in places)
        {
            segmenter.AddWord(place, Math.Max(WordDictionary.Instance.GetFreqOrDefault(place), 1000), "ns");
        }

        posModel.GetAwaiter().GetResult();
        var posSegmenter = new PosSegmenter(segmenter);
        _ = posSegmenter.Cut("预热", hmm: true).ToList();
        var (idf, medianIdf, stopWords) = tables.GetAwaiter().GetResult();

        logger.LogInformation("jieba loaded in {ElapsedMs} ms from {Resources}", Stopwatch.GetElapsedTime(started).TotalMilliseconds, resources);
        return new Loaded(posSegmenter, idf, medianIdf, stopWords, places);
    }

    private static (Dictionary<string, double> Idf, double Median, HashSet<string> StopWords) LoadTables(string resources)
    {
        var idf = new Dictionary<string, double>(350_000, StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(resources, "idf.txt")))
        {
            var space = line.IndexOf(' ');
            if (space > 0 && double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                idf[line[..space]] = value;
            }
        }

        var sorted = idf.Values.Order().ToArray();
        var stopWords = new HashSet<string>(File.ReadLines(Path.Combine(resources, "stopwords.txt")).Select(l => l.Trim()), StringComparer.Ordinal);
        stopWords.UnionWith(LexiconResource.Words("zh-stopwords.txt"));
        return (idf, sorted.Length == 0 ? 10 : sorted[sorted.Length / 2], stopWords);
    }

    private sealed record Loaded(PosSegmenter Segmenter, IReadOnlyDictionary<string, double> Idf, double MedianIdf, IReadOnlySet<string> StopWords, IReadOnlySet<string> Places);
}
