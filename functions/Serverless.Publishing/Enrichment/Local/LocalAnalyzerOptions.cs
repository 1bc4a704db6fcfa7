namespace Serverless.Publishing.Enrichment.Local;

/// <summary>Configuration section "Enrichment:Local".</summary>
public sealed class LocalAnalyzerOptions
{
    public const string Section = "Enrichment:Local";

    /// <summary>Load the dictionaries in the background when the host starts, so the first article does not wait.</summary>
    public bool WarmUpOnStart { get; set; } = true;

    /// <summary>
    /// Fill jieba's fields directly only on the jieba.NET version they were written for; any other version loads
    /// through jieba's own, slower loader. False tries the fields on any version (they are still checked by name and type).
    /// </summary>
    public bool RequireKnownJiebaVersion { get; set; } = true;
}
