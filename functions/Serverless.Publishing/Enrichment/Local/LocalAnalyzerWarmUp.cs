using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Serverless.Publishing.Enrichment.Local;

/// <summary>Loads the offline analyzer's models in the background at host start; the host does not wait for it.</summary>
internal sealed partial class LocalAnalyzerWarmUp(LocalTextAnalyzer analyzer, IOptions<LocalAnalyzerOptions> options, ILogger<LocalAnalyzerWarmUp> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUpOnStart)
        {
            return Task.CompletedTask;
        }

        return Task.Run(() =>
        {
            try
            {
                analyzer.WarmUp();
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException)
            {
                // The first article will retry the load and fail visibly there; start-up must not die of it.
                LogWarmUpFailed(logger, exception);
            }
        }, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Offline analyzer warm-up failed")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
