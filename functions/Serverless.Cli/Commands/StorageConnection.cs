using Serverless.Cli.Azurite;

namespace Serverless.Cli.Commands;

/// <summary>Resolves --storage: a given connection string, else Azurite on its default ports, started when absent.</summary>
public static class StorageConnection
{
    public static async Task<(string Connection, AzuriteProcess? Started)> ResolveAsync(string? storage, bool startAzurite, TextWriter progress, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(storage))
        {
            return (storage, null);
        }

        var endpoint = AzuriteEndpoint.Default;
        if (await AzuriteProcess.IsRunningAsync(endpoint, cancellationToken))
        {
            progress.WriteLine($"Using Azurite already running at {endpoint.BlobUri}");
            return (endpoint.ConnectionString, null);
        }

        if (!startAzurite)
        {
            throw new CliException($"No storage given and no Azurite answers at {endpoint.BlobUri}. Pass --storage CONN, or start the pipeline with 'run'.");
        }

        progress.WriteLine($"Starting Azurite at {endpoint.BlobUri} (data in .azurite/)...");
        var data = Path.Combine(RepositoryRoot.Find(), ".azurite");
        var started = await AzuriteProcess.StartAsync(endpoint, data, progress.WriteLine, cancellationToken);
        return (endpoint.ConnectionString, started);
    }
}
