using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Splitting;

namespace Serverless.Benchmarks;

/// <summary>
/// Clean + split throughput on the shared sample page (18 KB) and on a ~5 MB page made by repeating it, with the
/// rules' decisions and with the learned model's.
/// Run: dotnet run -c Release --project tests/Serverless.Benchmarks -- --filter '*Split*'
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class SplitBenchmarks
{
    private PageSplitter splitter = new();
    private string page = string.Empty;

    [Params("sample", "5MB")]
    public string Page { get; set; } = "sample";

    [Params(SplitDecisions.Rules, SplitDecisions.Learned, SplitDecisions.Gated)]
    public SplitDecisions Decisions { get; set; } = SplitDecisions.Rules;

    [GlobalSetup]
    public void Setup()
    {
        splitter = new PageSplitter(Options.Create(new SplittingOptions { Decisions = Decisions }), NullLogger<PageSplitter>.Instance);
        var sample = File.ReadAllText(SamplePage.Locate());
        if (Page == "sample")
        {
            page = sample;
            return;
        }

        var copies = (int)Math.Ceiling(5_000_000.0 / Encoding.UTF8.GetByteCount(sample + "\n\n"));
        var builder = new StringBuilder();
        for (var i = 0; i < copies; i++)
        {
            builder.Append(sample).Append("\n\n");
        }

        page = builder.ToString();
    }

    [Benchmark]
    public int CleanAndSplit() => splitter.Split(page).Count;

    /// <summary>A short job (a few minutes for both pages) and an MB/s column computed from the page's UTF-8 size.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5));
            AddColumn(new ThroughputColumn());
        }
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes of page text cleaned and split per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics)
            {
                return "-";
            }

            var instance = new SplitBenchmarks { Page = (string)benchmarkCase.Parameters["Page"] };
            instance.Setup();
            var megabytes = Encoding.UTF8.GetByteCount(instance.page) / 1_000_000.0;
            return (megabytes / (statistics.Mean / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
