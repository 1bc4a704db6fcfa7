namespace Serverless.Publishing.Enrichment.Language;

/// <summary>Azure AI Language settings, bound from the "Language" configuration section.</summary>
public sealed class LanguageOptions
{
    public const string Section = "Language";

    /// <summary>The resource endpoint, e.g. https://my-language.cognitiveservices.azure.com. Unset: the offline analyzer is used.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Resource key. Unset: Microsoft Entra ID (managed identity in Azure, developer credentials locally).</summary>
    public string? Key { get; set; }

    /// <summary>"managedidentity" to use only the managed identity; otherwise DefaultAzureCredential.</summary>
    public string? Credential { get; set; }

    /// <summary>Client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    /// <summary>Model version for every feature; part of the cache key, so pin it to keep cached results comparable.</summary>
    public string ModelVersion { get; set; } = "latest";

    /// <summary>Abstractive instead of extractive summaries (not offered in every region).</summary>
    public bool AbstractiveSummary { get; set; }

    /// <summary>Sentences per summary.</summary>
    public int SummarySentenceCount { get; set; } = 3;

    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A throttled answer asking to wait longer than this is not retried; the batch falls back instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan JobPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>One attempt's wait for an answer; a service that hangs costs at most this per retry, then the batch falls back.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => Endpoint is not null;
}
