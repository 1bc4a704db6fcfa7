namespace Serverless.Publishing.Storage;

/// <summary>Container names and defaults, bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Connection name of the private account (pages, drafts, articles, cache, errors).</summary>
    public string PipelineConnection { get; set; } = ConnectionNames.Pipeline;

    /// <summary>Connection name of the public account (feed, site); falls back to the pipeline's when unset.</summary>
    public string PublicConnection { get; set; } = ConnectionNames.Public;

    /// <summary>
    /// Retries of a storage request, exponential from <see cref="RetryDelay"/> up to <see cref="MaxRetryDelay"/>: 6 from 1 s wait about 45 s in all, so
    /// work in flight rides out a short outage (a restarted Azurite, a failover) instead of failing its attempt.
    /// </summary>
    public int MaxRetries { get; set; } = 6;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(16);

    /// <summary>Applies the retry settings to an Azure SDK client's options.</summary>
    public T Retrying<T>(T clientOptions)
        where T : Azure.Core.ClientOptions
    {
        clientOptions.Retry.Mode = Azure.Core.RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = MaxRetries;
        clientOptions.Retry.Delay = RetryDelay;
        clientOptions.Retry.MaxDelay = MaxRetryDelay;
        return clientOptions;
    }

    public string PagesContainer { get; set; } = "pages";
    public string DraftsContainer { get; set; } = "drafts";
    public string ArticlesContainer { get; set; } = "articles";
    public string FeedContainer { get; set; } = "feed";
    public string SiteContainer { get; set; } = "site";
    public string ErrorsContainer { get; set; } = "errors";
    public string CacheContainer { get; set; } = "cache";

    /// <summary>BlobCreated events for pages (Event Grid in Azure, the local event source on the dev host).</summary>
    public string PageEventsQueue { get; set; } = Queues.PageEvents;

    /// <summary>A split page's drafts, to enrich in one batch.</summary>
    public string EnrichQueue { get; set; } = Queues.EnrichPage;

    /// <summary>An enriched page's articles, to publish in one feed update.</summary>
    public string PublishQueue { get; set; } = Queues.PublishPage;

    /// <summary>Publication for pages uploaded without metadata or folder.</summary>
    public string DefaultPublication { get; set; } = "serverless";
}

/// <summary>Connection names shared by trigger attributes, configuration and Bicep.</summary>
public static class ConnectionNames
{
    public const string Pipeline = "PipelineStorage";
    public const string Public = "PublicStorage";
}

/// <summary>Default container names, usable in trigger attributes that need constants.</summary>
public static class Containers
{
    public const string Pages = "pages";
    public const string Drafts = "drafts";
    public const string Articles = "articles";
}

/// <summary>Default queue names; the trigger attributes read the configured ones through %Storage:…Queue%.</summary>
public static class Queues
{
    public const string PageEvents = "page-events";
    public const string EnrichPage = "enrich-page";
    public const string PublishPage = "publish-page";

    /// <summary>Where the queue trigger parks a message that failed on every attempt.</summary>
    public static string Poison(string queue) => queue + "-poison";
}
