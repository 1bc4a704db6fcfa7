namespace Serverless.Publishing.Enrichment.Local;

/// <summary>Configuration section "Enrichment:Local".</summary>
public sealed class LocalAnalyzerOptions
{
    public const string Section = "Enrichment:Local";

    /// <summary>Load the dictionaries in the background when the host starts, so the first article does not wait.</summary>
    public bool WarmUpOnStart { get; set; } = true;
}
