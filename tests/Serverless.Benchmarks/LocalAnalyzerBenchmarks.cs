using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Enrichment.Local;

namespace Serverless.Benchmarks;

/// <summary>
/// The offline analyzer on the sample page's 14 articles, warm. Run:
/// <c>dotnet run -c Release --project tests/Serverless.Benchmarks -- --filter '*LocalAnalyzer*'</c>
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class LocalAnalyzerBenchmarks
{
    private ServiceProvider _services = null!;
    private LocalTextAnalyzer _analyzer = null!;
    private IReadOnlyList<AnalysisDocument> _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = SamplePage.Articles();
        _services = new ServiceCollection().AddLocalAnalyzer().BuildServiceProvider();
        _analyzer = _services.GetRequiredService<LocalTextAnalyzer>();
        _analyzer.AnalyzeAsync(_page, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Analyse the sample page (14 articles), warm")]
    public Task<IReadOnlyList<TextAnalysis>> WarmPage() => _analyzer.AnalyzeAsync(_page, CancellationToken.None);
}

/// <summary>
/// First use in a fresh process: jieba's dictionaries, the user dictionary, the IDF table and Lingua load, then the
/// first article is analysed. Each launch is a new process, so every measurement is a cold start.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class LocalAnalyzerFirstUseBenchmarks
{
    private IReadOnlyList<AnalysisDocument> _page = null!;

    [GlobalSetup]
    public void Setup() => _page = SamplePage.Articles();

    [Benchmark(Description = "First use: load models and analyse one article")]
    public async Task<int> FirstUse()
    {
        await using var services = new ServiceCollection().AddLocalAnalyzer().BuildServiceProvider();
        var results = await services.GetRequiredService<LocalTextAnalyzer>().AnalyzeAsync([_page[0]], CancellationToken.None);
        return results[0].Entities.Count;
    }
}

/// <summary>The sample page's article bodies from its truth file, as the analyzer tests build them.</summary>
internal static class SamplePage
{
    public static IReadOnlyList<AnalysisDocument> Articles()
    {
        var pages = Path.Combine(SharedFolder(), "pages");
        var lines = File.ReadAllLines(Path.Combine(pages, "000_0bbe263f9c83fcef.txt"));
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(pages, "000_0bbe263f9c83fcef.truth.json")));
        return truth.RootElement.GetProperty("articles").EnumerateArray().Select((article, index) =>
        {
            var body = article.GetProperty("body").EnumerateArray().SelectMany(r => lines[(r[0].GetInt32() - 1)..r[1].GetInt32()]);
            return new AnalysisDocument($"{index + 1}", string.Join('\n', Paragraphs(body)), $"{index + 1}");
        }).ToList();
    }

    private static string SharedFolder()
    {
        if (Environment.GetEnvironmentVariable("SERVERLESS_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "pages")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The shared folder (../shared beside the checkout) is missing; set SERVERLESS_SHARED.");
    }

    // Blank lines end a paragraph only after sentence-final punctuation; whitespace next to CJK is layout.
    private static IEnumerable<string> Paragraphs(IEnumerable<string> lines)
    {
        var paragraph = new StringBuilder();
        foreach (var line in lines)
        {
            var text = Compact(paragraph.ToString());
            if (line.Trim().Length == 0 && text.Length > 0 && text[^1] is '。' or '！' or '？' or '”' or '…' or '；')
            {
                yield return text;
                paragraph.Clear();
            }
            else
            {
                paragraph.Append(line).Append(' ');
            }
        }

        if (Compact(paragraph.ToString()) is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    private static string Compact(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder();
        foreach (var word in words)
        {
            if (result.Length > 0 && result[^1] < '\u2E80' && word[0] < '\u2E80')
            {
                result.Append(' ');
            }

            result.Append(word);
        }

        return result.ToString();
    }
}
