using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>One Azurite and one running dev host for a test class, as a user would run it: started once, fed many pages.</summary>
public sealed class DevHostFixture : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public IHost Host { get; private set; } = null!;

    public string ConnectionString => azurite.ConnectionString;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        Host = DevHostBuilder.Build(azurite.ConnectionString, LogLevel.Information, logging: l => l.ClearProviders().AddProvider(Logs));
        await Host.Services.GetRequiredService<PipelineStorage>().EnsureContainersAsync(CancellationToken.None);
        await Host.Services.GetRequiredService<PipelineQueues>().EnsureQueuesAsync(CancellationToken.None);
        await Host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.StopQuietlyAsync();
        await azurite.DisposeAsync();
    }
}
