using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Serverless.Publishing.Storage;

/// <summary>
/// Reads a queue connection the way the Functions host does: a connection string under the name, else name__queueServiceUri
/// with the same identity settings as the blob connection. Messages are Base64, as Event Grid writes them and host.json reads them.
/// </summary>
public static class QueueServiceClientFactory
{
    public static QueueServiceClient Create(IConfiguration configuration, StorageOptions storage) =>
        Create(configuration, storage.PipelineConnection, storage.Retrying(new QueueClientOptions()));

    public static QueueServiceClient Create(IConfiguration configuration, string name, QueueClientOptions? options = null)
    {
        options ??= new QueueClientOptions();
        options.MessageEncoding = QueueMessageEncoding.Base64;
        var connectionString = configuration[name] ?? configuration.GetConnectionString(name);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new QueueServiceClient(connectionString, options);
        }

        var section = configuration.GetSection(name);
        var serviceUri = section["queueServiceUri"]
            ?? throw new InvalidOperationException(
                $"Storage connection '{name}' has no queue endpoint. Set '{name}' to a connection string, or '{name}__queueServiceUri' for an identity-based connection.");
        return new QueueServiceClient(new Uri(serviceUri), BlobServiceClientFactory.Credential(section), options);
    }
}
