using BenchmarkDotNet.Running;
using Serverless.Benchmarks.Pipeline;

// `latency` and `throughput` time the running dev host end to end; everything else is BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "latency" => await PipelineBenchmark.LatencyAsync(PipelineBenchmark.Count(args, 30), Console.Out),
    "throughput" => await PipelineBenchmark.ThroughputAsync(PipelineBenchmark.Count(args, 300), Console.Out),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
