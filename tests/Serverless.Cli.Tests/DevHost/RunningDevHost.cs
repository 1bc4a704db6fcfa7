using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>A real Azurite on free ports and the dev host running on it, as `serverless run` starts them; disposed together.</summary>
public sealed class RunningDevHost : IAsyncDisposable
{
    private readonly AzuriteFixture azurite;

    private RunningDevHost(AzuriteFixture azurite, IHost host)
    {
        this.azurite = azurite;
        Host = host;
    }

    public IHost Host { get; }

    public string ConnectionString => azurite.ConnectionString;

    public PipelineStorage Storage => Host.Services.GetRequiredService<PipelineStorage>();

    public PipelineQueues Queues => Host.Services.GetRequiredService<PipelineQueues>();

    public FeedIndexStore Indexes => Host.Services.GetRequiredService<FeedIndexStore>();

    public static async Task<RunningDevHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null,
        Action<ILoggingBuilder>? logging = null, LogLevel level = LogLevel.Warning)
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        var host = DevHostBuilder.Build(azurite.ConnectionString, level, settings, logging, services);
        var running = new RunningDevHost(azurite, host);
        await running.Storage.EnsureContainersAsync(CancellationToken.None);
        await running.Queues.EnsureQueuesAsync(CancellationToken.None);
        await host.StartAsync();
        return running;
    }

    public PipelineWatcher Watcher() => new(Storage, Queues, Indexes);

    /// <summary>Polls <paramref name="condition"/> until it holds; past <paramref name="bound"/> the test fails with a cancellation.</summary>
    public static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan bound)
    {
        using var deadline = new CancellationTokenSource(bound);
        while (!await condition())
        {
            await Task.Delay(200, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopQuietlyAsync();
        Host.Dispose();
        await azurite.DisposeAsync();
    }
}
