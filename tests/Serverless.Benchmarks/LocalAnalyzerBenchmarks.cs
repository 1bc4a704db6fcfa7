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
/// First use in a fresh process: the models the article needs load (for Chinese: jieba's dictionaries, the user
/// dictionary, the IDF table; Lingua's for either), then the article is analysed. Each launch is a new process, so
/// every measurement is a cold start.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class LocalAnalyzerFirstUseBenchmarks
{
    private IReadOnlyList<AnalysisDocument> _page = null!;

    [Params("zh", "en")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup() => _page = Language == "en" ? SamplePage.Articles(SamplePage.LocateEnglish()) : SamplePage.Articles();

    [Benchmark(Description = "First use: load models and analyse one article")]
    public async Task<int> FirstUse()
    {
        await using var services = new ServiceCollection().AddLocalAnalyzer().BuildServiceProvider();
        var results = await services.GetRequiredService<LocalTextAnalyzer>().AnalyzeAsync([_page[0]], CancellationToken.None);
        return results[0].Entities.Count;
    }
}
