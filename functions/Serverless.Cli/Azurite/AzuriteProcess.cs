using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Serverless.Cli.Azurite;

/// <summary>Starts Azurite from the repository's own npm dependency, installing it on first use.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string? dataDirectory;

    private AzuriteProcess(Process process, AzuriteEndpoint endpoint, string? dataDirectory)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        Endpoint = endpoint;
    }

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
    /// <param name="dataDirectory">Where Azurite keeps its data; null uses a temporary folder removed on dispose.</param>
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

        var temporary = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("azurite-").FullName;
        Directory.CreateDirectory(dataDirectory);
        var start = new ProcessStartInfo("node")
        {
            ArgumentList =
            {
                azurite, "--silent", "--skipApiVersionCheck", "--loose", "--inMemoryPersistence",
                "--location", dataDirectory,
                "--blobHost", endpoint.Host, "--blobPort", endpoint.BlobPort.ToString(),
                "--queueHost", endpoint.Host, "--queuePort", endpoint.QueuePort.ToString(),
                "--tableHost", endpoint.Host, "--tablePort", endpoint.TablePort.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repository,
        };
        if (!temporary)
        {
            start.ArgumentList.Remove("--inMemoryPersistence");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new AzuriteProcess(process, endpoint, temporary ? dataDirectory : null);

        var deadline = Stopwatch.StartNew();
        while (!await IsRunningAsync(endpoint, cancellationToken))
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                await instance.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not start on {endpoint.BlobUri} (exit code {(process.HasExited ? process.ExitCode : "none")}).");
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
        if (dataDirectory is not null)
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
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
