using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Options;
using Serverless.Cli.Azurite;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf;
using Serverless.Publishing.Pdf.Articles;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;
using UglyToad.PdfPig.Writer;

namespace Serverless.Benchmarks;

/// <summary>
/// The PDF path end to end on a warm process: read with PdfPig, lay out, split into articles. A one-page
/// Chromium-printed Chinese page (tests/corpus-pdf) and the same page twenty times in one file.
/// Run: dotnet run -c Release --project tests/Serverless.Benchmarks -- --filter '*PdfSplit*'
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class PdfSplitBenchmarks
{
    private readonly PageReader reader = new();
    private readonly PageArticleSplitter splitter = new(new PageSplitter(), new LayoutSplitter(), Options.Create(new PdfOptions()), Options.Create(new IngestOptions()));
    private readonly PageOrigin origin = PageOrigin.Resolve("bench.pdf", new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, "bench");
    private byte[] pdf = [];

    [Params(1, 20)]
    public int Pages { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        var page = File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "tests", "corpus-pdf", "pdf-zh-fixture.pdf"));
        pdf = Pages == 1 ? page : PdfMerger.Merge(Enumerable.Repeat(page, Pages).ToList());
    }

    [Benchmark]
    public int ReadAndSplit() => splitter.Split(origin, reader.Read(pdf)).Count;

    private sealed class Config : ManualConfig
    {
        // in process: the generated boilerplate build times out on the shared 2-core machine
        public Config() => AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
