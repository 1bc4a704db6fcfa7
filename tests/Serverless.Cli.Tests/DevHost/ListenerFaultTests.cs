using System.Runtime.ExceptionServices;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serverless.Cli.DevHost;
using Serverless.Testing;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>
/// A queue listener's fault outside a function (here: a message delete whose retries ran out while storage was away)
/// is logged and the process lives on. The SDK's own handler rethrows it on a thread of its own, which would end this
/// test process.
/// </summary>
public sealed class ListenerFaultTests
{
    [Fact]
    public async Task A_listener_fault_is_logged_and_does_not_end_the_process()
    {
        var logs = new CapturingLoggerProvider();
        using var host = DevHostBuilder.Build("UseDevelopmentStorage=true", LogLevel.Warning, logging: l => l.AddProvider(logs));
        var handler = host.Services.GetRequiredService<IWebJobsExceptionHandlerFactory>().Create(host);

        var fault = new AggregateException("Retry failed after 6 tries.", new Azure.RequestFailedException("Connection refused (127.0.0.1:10001)"));
        await handler.OnUnhandledExceptionAsync(ExceptionDispatchInfo.Capture(fault));
        await Task.Delay(TimeSpan.FromSeconds(1)); // where the SDK's handler would have thrown by now

        var logged = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("queue listener failed outside a function", logged.Message, StringComparison.Ordinal);
    }
}
