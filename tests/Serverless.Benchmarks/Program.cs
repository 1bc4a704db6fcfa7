using BenchmarkDotNet.Running;
using Serverless.Benchmarks.Faults;
using Serverless.Benchmarks.Pipeline;

// `latency` and `throughput` time the running dev host end to end, `crash` and `outage` break it; everything else is BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "crash" => await FaultDrill.CrashAsync(PipelineBenchmark.Count(args, 20), TimeSpan.FromSeconds(PipelineBenchmark.Count(args[1..], 300)), Console.Out),
    "outage" => await FaultDrill.OutageAsync(PipelineBenchmark.Count(args, 20), TimeSpan.FromSeconds(PipelineBenchmark.Count(args[1..], 20)), Console.Out),
    "latency" => await PipelineBenchmark.LatencyAsync(PipelineBenchmark.Count(args, 30), Console.Out),
    "throughput" => await PipelineBenchmark.ThroughputAsync(PipelineBenchmark.Count(args, 300), Console.Out),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
