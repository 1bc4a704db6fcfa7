using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Serverless.Cli.Azurite;

/// <summary>Starts Azurite from the repository's own npm dependency, installing it on first use.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly Process process;

    private AzuriteProcess(Process process, AzuriteEndpoint endpoint)
    {
        this.process = process;
        Endpoint = endpoint;
    }

    // Generous: on a loaded 2-core machine node alone can take tens of seconds to start.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    public AzuriteEndpoint Endpoint { get; }

    /// <summary>True when something answers HTTP on the endpoint's blob port.</summary>
    public static async Task<bool> IsRunningAsync(AzuriteEndpoint endpoint, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await http.GetAsync(new Uri(endpoint.BlobUri, "?comp=list"), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <param name="endpoint">Ports to use; null picks free ports.</param>
    /// <param name="dataDirectory">Where Azurite keeps its data; null keeps it in memory.</param>
    public static async Task<AzuriteProcess> StartAsync(AzuriteEndpoint? endpoint, string? dataDirectory, Action<string>? progress, CancellationToken cancellationToken)
    {
        endpoint ??= new AzuriteEndpoint(FreePort(), FreePort(), FreePort());
        var repository = RepositoryRoot.Find();
        var azurite = Path.Combine(repository, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(azurite))
        {
            progress?.Invoke("Installing Azurite from package.json (npm ci)...");
            await RunAsync("npm", "ci --no-audit --no-fund", repository, cancellationToken);
        }

        // Without a data folder Azurite keeps everything in memory: test instances leave nothing behind.
        // In a session of its own where setsid exists: Ctrl+C in the terminal then reaches only the dev host, which
        // stops its stages before it stops Azurite, instead of Azurite vanishing under work in flight.
        var setsid = OperatingSystem.IsLinux() && File.Exists("/usr/bin/setsid");
        var start = new ProcessStartInfo(setsid ? "/usr/bin/setsid" : "node")
        {
            ArgumentList =
            {
                azurite, "--silent", "--skipApiVersionCheck", "--loose",
                "--blobHost", endpoint.Host, "--blobPort", endpoint.BlobPort.ToString(),
                "--queueHost", endpoint.Host, "--queuePort", endpoint.QueuePort.ToString(),
                "--tableHost", endpoint.Host, "--tablePort", endpoint.TablePort.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repository,
        };
        if (setsid)
        {
            start.ArgumentList.Insert(0, "node");
        }

        if (dataDirectory is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataDirectory);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { errors.Enqueue(line); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new AzuriteProcess(process, endpoint);

        var deadline = Stopwatch.StartNew();
        while (!await IsRunningAsync(endpoint, cancellationToken))
        {
            if (process.HasExited || deadline.Elapsed > StartTimeout)
            {
                var exit = process.HasExited ? $"exit code {process.ExitCode}" : $"still starting after {StartTimeout.TotalSeconds:0} s";
                await instance.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not start on {endpoint.BlobUri} ({exit}): {string.Join(' ', errors)}");
            }

            await Task.Delay(100, cancellationToken);
        }

        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string arguments, string directory, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory })
            ?? throw new InvalidOperationException($"Could not start {file}.");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' failed with exit code {process.ExitCode}.");
        }
    }
}
