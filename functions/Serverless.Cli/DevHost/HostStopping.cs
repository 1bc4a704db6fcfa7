using Microsoft.Extensions.Hosting;

namespace Serverless.Cli.DevHost;

public static class HostStopping
{
    /// <summary>
    /// Stops the WebJobs host. Its blob listeners share one queue listener and each stops it,
    /// so the second stop throws "timer has already been stopped"; that is not a failure.
    /// </summary>
    public static async Task StopQuietlyAsync(this IHost host)
    {
        try
        {
            await host.StopAsync(CancellationToken.None);
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("already been stopped", StringComparison.Ordinal))
        {
        }
    }
}
