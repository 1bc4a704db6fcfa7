using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.Commands;

/// <summary>
/// Turns --storage into connection settings: a connection string as it is, or an account's blob endpoint
/// (https://NAME.blob.core.windows.net) as an identity-based connection signed in with DefaultAzureCredential,
/// for accounts that refuse shared keys.
/// </summary>
public static class StorageSettings
{
    public static IDictionary<string, string?> For(string storage, params string[] connectionNames)
    {
        var settings = new Dictionary<string, string?>();
        var isEndpoint = Uri.TryCreate(storage, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
        foreach (var name in connectionNames)
        {
            if (isEndpoint)
            {
                settings[$"{name}:blobServiceUri"] = storage;
                settings[$"{name}:queueServiceUri"] = storage.Replace(".blob.", ".queue.", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                settings[name] = storage;
            }
        }

        return settings;
    }

    public static PipelineQueues Queues(string storage) =>
        new(QueueServiceClientFactory.Create(
                new ConfigurationBuilder().AddInMemoryCollection(For(storage, ConnectionNames.Pipeline)).Build(),
                ConnectionNames.Pipeline),
            Microsoft.Extensions.Options.Options.Create(new StorageOptions()));

    public static BlobServiceClient Client(string storage) =>
        BlobServiceClientFactory.Create(
            new ConfigurationBuilder().AddInMemoryCollection(For(storage, ConnectionNames.Pipeline)).Build(),
            ConnectionNames.Pipeline);
}
