using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Cli.Commands;
using Serverless.Publishing;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.DevHost;

/// <summary>Builds the local pipeline host: the stage services on WebJobs blob triggers, polling one storage account.</summary>
public static class DevHostBuilder
{
    /// <param name="storageConnection">A connection string, or a blob endpoint URL for an identity-based connection.</param>
    public static IHost Build(
        string storageConnection, LogLevel logLevel, IDictionary<string, string?>? settings = null, Action<ILoggingBuilder>? logging = null)
    {
        var defaults = new StorageOptions();
        var configuration = new Dictionary<string, string?>(StorageSettings.For(storageConnection, "AzureWebJobsStorage", ConnectionNames.Pipeline))
        {
            ["Storage:PagesContainer"] = defaults.PagesContainer,
            ["Storage:DraftsContainer"] = defaults.DraftsContainer,
            ["Storage:ArticlesContainer"] = defaults.ArticlesContainer,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return new HostBuilder()
            .ConfigureAppConfiguration(config => config
                .AddInMemoryCollection(configuration)
                .AddEnvironmentVariables("SERVERLESS_"))
            .ConfigureWebJobs(webJobs =>
            {
                webJobs.AddAzureStorageCoreServices();
                webJobs.AddAzureStorageBlobs();
            })
            .ConfigureLogging(builder => builder
                .SetMinimumLevel(logLevel)
                .AddFilter("Azure", LogLevel.Error)
                .AddFilter("Host", LogLevel.Warning)
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; }))
            .ConfigureLogging(builder => logging?.Invoke(builder))
            .ConfigureServices(services => services
                .AddPublishingPipeline()
                .AddHostedService<MissedTriggerSweeper>()
                .AddSingleton<ITypeLocator>(new TriggerTypes(typeof(PipelineTriggers))))
            .UseConsoleLifetime()
            .Build();
    }

    /// <summary>Names the trigger class, so that the host works when another assembly (a test runner) is the entry point.</summary>
    private sealed class TriggerTypes(params Type[] types) : ITypeLocator
    {
        public IReadOnlyList<Type> GetTypes() => types;
    }
}
