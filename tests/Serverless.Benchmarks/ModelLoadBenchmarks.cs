using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Serverless.Publishing.Splitting.Model;

namespace Serverless.Benchmarks;

/// <summary>
/// Reading the embedded splitter models (first and second reading), as a fresh process does once (cold start: one
/// launch, one load each).
/// Run: dotnet run -c Release --project tests/Serverless.Benchmarks -- --filter '*ModelLoad*'
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    [Benchmark]
    public int LoadEmbeddedModels() => Load(SplitterModel.ResourceName) + Load(SplitterModel.SecondReadingResourceName);

    private static int Load(string name)
    {
        using var stream = typeof(SplitterModel).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No model {name} embedded.");
        return SplitterModel.Load(stream).HashBits;
    }
}
