using System.Runtime.ExceptionServices;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Serverless.Cli.DevHost;

/// <summary>
/// The WebJobs SDK ends the process on an exception outside a function, such as a message it cannot delete while
/// storage is away. The Functions host restarts its job host instead; the dev host logs and keeps its listeners
/// running. Nothing is lost either way: the message stays in its queue and comes back when its lease ends.
/// </summary>
internal sealed partial class KeepRunningExceptionHandler(ILogger<KeepRunningExceptionHandler> logger) : IWebJobsExceptionHandler, IWebJobsExceptionHandlerFactory
{
    public IWebJobsExceptionHandler Create(IHost jobHost) => this;

    public void Initialize(JobHost host)
    {
    }

    public Task OnTimeoutExceptionAsync(ExceptionDispatchInfo exceptionInfo, TimeSpan timeoutGracePeriod)
    {
        LogOutside(logger, exceptionInfo.SourceException);
        return Task.CompletedTask;
    }

    public Task OnUnhandledExceptionAsync(ExceptionDispatchInfo exceptionInfo)
    {
        LogOutside(logger, exceptionInfo.SourceException);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A queue listener failed outside a function (the message comes back when its lease ends); the host keeps running")]
    private static partial void LogOutside(ILogger logger, Exception exception);
}
