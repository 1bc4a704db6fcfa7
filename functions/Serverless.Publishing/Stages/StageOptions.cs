namespace Serverless.Publishing.Stages;

/// <summary>How a stage treats one queue message, bound from the "Stages" configuration section in both hosts.</summary>
public sealed class StageOptions
{
    public const string Section = "Stages";

    /// <summary>Attempts per message before it goes to the poison queue; host.json's queues.maxDequeueCount says the same.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long one attempt may work on one message before it counts as failed (then retried, then poisoned).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When the host stops, how long an attempt in flight may go on; the dev host waits DevHost:ShutdownGrace (30 s) in all.</summary>
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(25);
}
