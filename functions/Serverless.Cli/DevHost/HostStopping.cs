using Microsoft.Extensions.Hosting;

namespace Serverless.Cli.DevHost;

public static class HostStopping
{
    /// <summary>
    /// Stops and disposes the WebJobs host without letting shutdown noise end the process: its blob listeners
    /// share one queue listener and each stops it ("timer has already been stopped"), and after Ctrl+C the
    /// Azurite child may already be gone when the listeners save their scan state.
    /// </summary>
    public static async Task StopQuietlyAsync(this IHost host)
    {
        try
        {
            await host.StopAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or AggregateException or Azure.RequestFailedException)
        {
        }

        try
        {
            host.Dispose();
        }
        catch (InvalidOperationException)
        {
        }
    }
}
