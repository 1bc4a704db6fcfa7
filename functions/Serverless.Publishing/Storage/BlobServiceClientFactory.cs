using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Serverless.Publishing.Storage;

/// <summary>
/// Reads a connection the way the Functions host does: a connection string under the name
/// (or ConnectionStrings:name), else identity-based settings name__blobServiceUri, name__credential, name__clientId.
/// </summary>
public static class BlobServiceClientFactory
{
    public static BlobServiceClient? TryCreate(IConfiguration configuration, string name, BlobClientOptions? options = null)
    {
        var connectionString = configuration[name] ?? configuration.GetConnectionString(name);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new BlobServiceClient(connectionString, options);
        }

        var section = configuration.GetSection(name);
        var serviceUri = section["blobServiceUri"] ?? section["serviceUri"];
        if (string.IsNullOrWhiteSpace(serviceUri))
        {
            return null;
        }

        return new BlobServiceClient(new Uri(serviceUri), Credential(section), options);
    }

    public static BlobServiceClient Create(IConfiguration configuration, string name, BlobClientOptions? options = null) =>
        TryCreate(configuration, name, options)
        ?? throw new InvalidOperationException(
            $"Storage connection '{name}' is not configured. Set '{name}' to a connection string, or '{name}__blobServiceUri' for an identity-based connection.");

    internal static TokenCredential Credential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
