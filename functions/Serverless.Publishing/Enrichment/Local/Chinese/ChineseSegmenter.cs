using System.Diagnostics;
using System.Globalization;
using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Enrichment.Local.Chinese.Jieba;
using Serverless.Publishing.Enrichment.Local.Text;

namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>
/// jieba.NET with the news user dictionary, loaded once on first use. jieba keeps its dictionary in a process-wide
/// singleton, so the loaded state is process-wide too; after loading, segmentation only reads shared state.
/// </summary>
internal sealed class ChineseSegmenter(IOptions<LocalAnalyzerOptions> options, ILogger<ChineseSegmenter> logger)
{
    // Process-wide like jieba's own dictionary: a second host in the same process (tests, the dev host) reuses it.
    private static Loaded? s_loaded;
    private static object? s_loadLock;

    private Loaded Current => LazyInitializer.EnsureInitialized(ref s_loaded, ref s_loadLock, () => Load(options.Value, logger));

    /// <summary>Inverse document frequencies from jieba's idf.txt.</summary>
    public IdfTable Idf => Current.Idf;

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

    private static Loaded Load(LocalAnalyzerOptions options, ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        var resources = Path.Combine(AppContext.BaseDirectory, "Resources");
        if (!File.Exists(Path.Combine(resources, "dict.txt")))
        {
            throw new InvalidOperationException($"jieba resources are missing from {resources}; Serverless.Publishing copies them to the output.");
        }

        // The IDF table and stop words are ours: read them while jieba loads.
        var tables = Task.Run(() => (Idf: IdfTable.Read(Path.Combine(resources, "idf.txt")), StopWords: ReadStopWords(resources)));
        if (!JiebaLoader.Load(typeof(JiebaSegmenter).Assembly, resources, out var fallbackReason, options.RequireKnownJiebaVersion))
        {
            logger.LogWarning("jieba.NET loaded its own files, which is slower: {Reason}", fallbackReason);
        }

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

        var posSegmenter = new PosSegmenter(segmenter);
        _ = posSegmenter.Cut("预热", hmm: true).ToList();
        var (idf, stopWords) = tables.GetAwaiter().GetResult();

        logger.LogInformation("jieba loaded in {ElapsedMs} ms from {Resources}", Stopwatch.GetElapsedTime(started).TotalMilliseconds, resources);
        return new Loaded(posSegmenter, idf, stopWords, places);
    }

    private static HashSet<string> ReadStopWords(string resources)
    {
        var stopWords = new HashSet<string>(File.ReadLines(Path.Combine(resources, "stopwords.txt")).Select(l => l.Trim()), StringComparer.Ordinal);
        stopWords.UnionWith(LexiconResource.Words("zh-stopwords.txt"));
        return stopWords;
    }

    private sealed record Loaded(PosSegmenter Segmenter, IdfTable Idf, IReadOnlySet<string> StopWords, IReadOnlySet<string> Places);
}
