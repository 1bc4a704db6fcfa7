using System.Diagnostics;
using System.Globalization;

namespace Serverless.Benchmarks.Faults;

/// <summary>
/// The CLI's dev host (<c>serverless run</c>) as a process of its own, so that a drill can kill it as a crash would.
/// The connection string reaches it through the environment, never the command line.
/// </summary>
public sealed class DevHostProcess : IDisposable
{
    private const string StorageVariable = "SERVERLESS_DRILL_STORAGE";
    private readonly Process process;

    private DevHostProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public static DevHostProcess Start(string connectionString, string log)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "serverless.dll"), "run", "--storage", $"env:{StorageVariable}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { [StorageVariable] = connectionString },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the dev host.");
        var writer = TextWriter.Synchronized(new StreamWriter(log, append: true) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { writer.WriteLine(line); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { writer.WriteLine(line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new DevHostProcess(process);
    }

    /// <summary>SIGKILL: no shutdown code runs, messages taken from the queues stay taken.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a platform stops a host; the host drains within its grace.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
