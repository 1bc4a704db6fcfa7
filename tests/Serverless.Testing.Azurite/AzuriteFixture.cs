using Azure.Storage.Blobs;
using Serverless.Cli.Azurite;
using Xunit;

namespace Serverless.Testing;

/// <summary>A real Azurite on free ports, owned by the test class or collection that uses it.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public AzuriteEndpoint Endpoint => azurite?.Endpoint ?? throw new InvalidOperationException("Azurite is not started.");

    public string ConnectionString => Endpoint.ConnectionString;

    public BlobServiceClient Blobs => new(ConnectionString);

    public async Task InitializeAsync() =>
        azurite = await AzuriteProcess.StartAsync(endpoint: null, dataDirectory: null, progress: null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
