namespace Serverless.Publishing.Storage;

/// <summary>Container names and defaults, bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Connection name of the private account (pages, drafts, articles, cache, errors).</summary>
    public string PipelineConnection { get; set; } = ConnectionNames.Pipeline;

    /// <summary>Connection name of the public account (feed, site); falls back to the pipeline's when unset.</summary>
    public string PublicConnection { get; set; } = ConnectionNames.Public;

    public string PagesContainer { get; set; } = "pages";
    public string DraftsContainer { get; set; } = "drafts";
    public string ArticlesContainer { get; set; } = "articles";
    public string FeedContainer { get; set; } = "feed";
    public string SiteContainer { get; set; } = "site";
    public string ErrorsContainer { get; set; } = "errors";
    public string CacheContainer { get; set; } = "cache";

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
