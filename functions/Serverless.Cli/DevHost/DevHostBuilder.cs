using Azure.Storage.Queues;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Cli.Commands;
using Serverless.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.DevHost;

/// <summary>Builds the local pipeline host: the stage services on WebJobs queue triggers, and the local event source for pages.</summary>
public static class DevHostBuilder
{
    /// <param name="storageConnection">A connection string, or a blob endpoint URL for an identity-based connection.</param>
    /// <param name="services">Changes to the services after the pipeline's, for tests (a failing analyzer, say).</param>
    public static IHost Build(
        string storageConnection, LogLevel logLevel, IDictionary<string, string?>? settings = null, Action<ILoggingBuilder>? logging = null,
        Action<IServiceCollection>? services = null)
    {
        var defaults = new StorageOptions();
        var configuration = new Dictionary<string, string?>(StorageSettings.For(storageConnection, "AzureWebJobsStorage", ConnectionNames.Pipeline))
        {
            ["Storage:PagesContainer"] = defaults.PagesContainer,
            ["Storage:DraftsContainer"] = defaults.DraftsContainer,
            ["Storage:ArticlesContainer"] = defaults.ArticlesContainer,
            ["Storage:PageEventsQueue"] = defaults.PageEventsQueue,
            ["Storage:EnrichQueue"] = defaults.EnrichQueue,
            ["Storage:PublishQueue"] = defaults.PublishQueue,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return new HostBuilder()
            .ConfigureAppConfiguration(config => config
                .AddInMemoryCollection(configuration)
                .AddEnvironmentVariables("SERVERLESS_"))
            .ConfigureWebJobs((context, webJobs) =>
            {
                var devHost = context.Configuration.GetSection(DevHostOptions.Section).Get<DevHostOptions>() ?? new DevHostOptions();
                var stages = context.Configuration.GetSection(StageOptions.Section).Get<StageOptions>() ?? new StageOptions();
                webJobs.AddAzureStorageCoreServices();
                webJobs.AddAzureStorageQueues(queues =>
                {
                    queues.MessageEncoding = QueueMessageEncoding.Base64;
                    queues.MaxPollingInterval = devHost.EventPollInterval;
                    queues.MaxDequeueCount = stages.MaxDequeueCount;
                    queues.VisibilityTimeout = devHost.RetryDelay;
                    // Enrichment is CPU-bound: a few pages at a time per stage keep two cores busy without a burst of 300 pages holding them all in memory.
                    queues.BatchSize = devHost.PagesAtOnce;
                    queues.NewBatchThreshold = devHost.PagesAtOnce / 2;
                });
            })
            .ConfigureLogging(builder => builder
                .SetMinimumLevel(logLevel)
                .AddFilter("Azure", LogLevel.Error)
                .AddFilter("Host", LogLevel.Warning)
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; }))
            .ConfigureLogging(builder => logging?.Invoke(builder))
            .ConfigureServices(collection =>
            {
                collection
                    .AddPublishingPipeline()
                    .AddHostedService<LocalEventSource>()
                    .AddSingleton<ITypeLocator>(new TriggerTypes(typeof(PipelineTriggers)))
                    .AddSingleton<KeepRunningExceptionHandler>()
                    .AddSingleton<IWebJobsExceptionHandlerFactory>(p => p.GetRequiredService<KeepRunningExceptionHandler>())
                    .AddOptions<DevHostOptions>().BindConfiguration(DevHostOptions.Section);
                services?.Invoke(collection);
            })
            // The CLI owns Ctrl+C and SIGTERM (Program.cs) and stops the host itself, within the grace period.
            .ConfigureServices((context, collection) => collection.Configure<HostOptions>(o =>
                o.ShutdownTimeout = (context.Configuration.GetSection(DevHostOptions.Section).Get<DevHostOptions>() ?? new DevHostOptions()).ShutdownGrace))
            .Build();
    }

    /// <summary>Names the trigger class, so that the host works when another assembly (a test runner) is the entry point.</summary>
    private sealed class TriggerTypes(params Type[] types) : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => types;
    }
}
