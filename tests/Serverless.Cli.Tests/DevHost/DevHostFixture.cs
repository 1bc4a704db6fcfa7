using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>One Azurite and one running dev host for a test class, as a user would run it: started once, fed many pages.</summary>
public sealed class DevHostFixture : IAsyncLifetime
{
    private RunningDevHost running = null!;

    public CapturingLoggerProvider Logs { get; } = new();

    public IHost Host => running.Host;

    public string ConnectionString => running.ConnectionString;

    public async Task InitializeAsync() =>
        running = await RunningDevHost.StartAsync(logging: l => l.ClearProviders().AddProvider(Logs), level: LogLevel.Information);

    public async Task DisposeAsync() => await running.DisposeAsync();
}
