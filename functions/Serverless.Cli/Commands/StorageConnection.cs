using Azure.Storage.Blobs;
using Serverless.Cli.Azurite;

namespace Serverless.Cli.Commands;

/// <summary>
/// Resolves --storage: a blob endpoint URL, a connection string, <c>env:NAME</c> (read from an environment variable)
/// or <c>profile:NAME</c> (read from the profiles file), so a key need not appear on the command line where <c>ps</c>
/// shows it. Without --storage: the SERVERLESS_STORAGE variable, else Azurite on its default ports, started when absent.
/// </summary>
public static class StorageConnection
{
    public const string Variable = "SERVERLESS_STORAGE";
    public const string ProfilesVariable = "SERVERLESS_PROFILES";

    public static async Task<(string Connection, AzuriteProcess? Started)> ResolveAsync(string? storage, bool startAzurite, TextWriter progress, CancellationToken cancellationToken)
    {
        var given = storage is null ? Environment.GetEnvironmentVariable(Variable) : Dereference(storage);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return (Checked(given), null);
        }

        if (storage is not null)
        {
            throw new CliException("--storage is empty.");
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

    /// <summary>The profiles file: SERVERLESS_PROFILES, else ~/.serverless/profiles.json, a JSON object of name → connection.</summary>
    public static string ProfilesFile =>
        Environment.GetEnvironmentVariable(ProfilesVariable) is { Length: > 0 } file
            ? file
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".serverless", "profiles.json");

    private static string Dereference(string storage)
    {
        if (storage.StartsWith("env:", StringComparison.Ordinal))
        {
            var name = storage[4..];
            return Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
                ? value
                : throw new CliException($"--storage env:{name}: the environment variable {name} is not set.");
        }

        if (storage.StartsWith("profile:", StringComparison.Ordinal))
        {
            var name = storage[8..];
            var file = ProfilesFile;
            try
            {
                using var profiles = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
                return profiles.RootElement.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } connection
                    ? connection
                    : throw new CliException($"--storage profile:{name}: no profile '{name}' in {file}.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
            {
                throw new CliException($"--storage profile:{name}: cannot read {file} ({ex.GetType().Name}).");
            }
        }

        return storage;
    }

    // The SDK's messages can quote the connection string, key included: only the names of its settings are shown.
    private static string Checked(string storage)
    {
        if (Uri.TryCreate(storage, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            return storage;
        }

        try
        {
            _ = new BlobServiceClient(storage);
            return storage;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            var names = storage.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(part => part.Split('=', 2)[0]).Where(n => n.Length is > 0 and < 40 && n.All(char.IsAsciiLetter));
            throw new CliException(
                $"--storage is neither a blob endpoint (https://ACCOUNT.blob.core.windows.net) nor a valid storage connection string (settings found: {string.Join(", ", names.DefaultIfEmpty("none"))}).");
        }
    }
}
