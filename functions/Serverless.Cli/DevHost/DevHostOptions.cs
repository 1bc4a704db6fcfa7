namespace Serverless.Cli.DevHost;

/// <summary>Dev host settings, section "DevHost".</summary>
public sealed class DevHostOptions
{
    public const string Section = "DevHost";

    /// <summary>How often the local event source lists pages; the queue triggers poll at most this often too.</summary>
    public TimeSpan EventPollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Messages each stage takes at once (the queue trigger's batch size).</summary>
    public int PagesAtOnce { get; set; } = 4;

    /// <summary>How long a stop (Ctrl+C, SIGTERM) lets work in flight finish before it is cancelled; it is then redelivered later.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a failed message stays invisible before its next attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
