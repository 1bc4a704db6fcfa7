using System.Diagnostics;
using Serverless.Cli.Azurite;

namespace Serverless.Benchmarks.Faults;

/// <summary>
/// Faults on a running pipeline, too slow for the test run: after a crash the WebJobs queue listener's messages stay
/// taken for its 10-minute lease, and only then come back. Each drill uploads pages, breaks something once the first
/// page is in the feed, and waits until every article is in the feed exactly once (<see cref="DrillChecks"/>).
/// </summary>
public static class FaultDrill
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(25);

    /// <summary>kill -9 of the dev host in the middle of the pages, started again after <paramref name="downtime"/>.</summary>
    public static Task<int> CrashAsync(int pages, TimeSpan downtime, TextWriter output) =>
        RunAsync(pages, output, async drill =>
        {
            await drill.Host.KillAsync();
            output.WriteLine($"{drill.Clock}: dev host killed (SIGKILL); down for {downtime.TotalSeconds:0} s");
            await Task.Delay(downtime);
            drill.StartHost();
            output.WriteLine($"{drill.Clock}: dev host started again");
        });

    /// <summary>Azurite stopped for <paramref name="outage"/> in the middle of the pages, the dev host running on.</summary>
    public static Task<int> OutageAsync(int pages, TimeSpan outage, TextWriter output) =>
        RunAsync(pages, output, async drill =>
        {
            // Killed: Azurite's graceful stop never ends while clients keep connections busy.
            await drill.Azurite.DisposeAsync();
            output.WriteLine($"{drill.Clock}: Azurite killed; down for {outage.TotalSeconds:0} s");
            await Task.Delay(outage);
            drill.Azurite = await AzuriteProcess.StartAsync(drill.Azurite.Endpoint, drill.AzuriteData, progress: null, CancellationToken.None);
            output.WriteLine($"{drill.Clock}: Azurite started again on the same ports and data");
        });

    private static async Task<int> RunAsync(int pages, TextWriter output, Func<DrillRun, Task> fault)
    {
        await using var drill = await DrillRun.StartAsync(output);
        var expected = await drill.UploadAsync(pages);
        output.WriteLine($"{drill.Clock}: {pages} pages uploaded ({expected.Count} articles)");

        var atFault = await drill.WaitAsync(expected, inFeed => inFeed >= expected.Count / pages, TimeSpan.FromMinutes(5));
        if (atFault >= expected.Count)
        {
            output.WriteLine("The pages were all published before the fault: nothing was in flight. Run with more pages.");
            return 1;
        }

        output.WriteLine($"{drill.Clock}: {atFault}/{expected.Count} articles in the feed: fault");
        await fault(drill);
        var recovered = Stopwatch.StartNew();
        var done = await drill.WaitAsync(expected, inFeed => inFeed >= expected.Count, Deadline);
        output.WriteLine($"{drill.Clock}: {done}/{expected.Count} articles in the feed, {recovered.Elapsed.TotalSeconds:0} s after the fault ended");
        await drill.Host.StopAsync(TimeSpan.FromSeconds(40));
        var problems = await new DrillChecks(drill.Storage, drill.Indexes, drill.Uploaded).ProblemsAsync(expected, CancellationToken.None);
        foreach (var problem in problems)
        {
            output.WriteLine($"  problem: {problem}");
        }

        output.WriteLine(problems.Count == 0
            ? $"Every article in the feed exactly once, one site page each, no error record, no partial blob, every page blob as uploaded (log: {drill.Log})."
            : $"{problems.Count} problems (log: {drill.Log}).");
        return problems.Count == 0 ? 0 : 1;
    }
}
