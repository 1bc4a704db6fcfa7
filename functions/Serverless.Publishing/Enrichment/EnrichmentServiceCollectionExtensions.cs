using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Enrichment.Caching;
using Serverless.Publishing.Enrichment.Language;
using Serverless.Publishing.Enrichment.Local;

namespace Serverless.Publishing.Enrichment;

public static class EnrichmentServiceCollectionExtensions
{
    /// <summary>The provider name the offline analyzer's results carry (article contract).</summary>
    private const string LocalProvider = "local";

    /// <summary>
    /// Registers the one ITextAnalyzer stages resolve: Azure AI Language when Language:Endpoint is set (offline
    /// fallback inside), else the offline analyzer; either behind the analysis cache.
    /// </summary>
    public static IServiceCollection AddEnrichment(this IServiceCollection services)
    {
        services.AddOptions<LanguageOptions>().BindConfiguration(LanguageOptions.Section)
            .Validate(o => o.Endpoint is null || o.Endpoint.IsAbsoluteUri, "Language:Endpoint must be an absolute URI.")
            .Validate(o => o.SummarySentenceCount is >= 1 and <= 20, "Language:SummarySentenceCount must be 1 to 20.")
            .Validate(o => o.MaxRetries >= 0, "Language:MaxRetries must not be negative.")
            .Validate(o => o.NetworkTimeout > TimeSpan.Zero, "Language:NetworkTimeout must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ModelVersion), "Language:ModelVersion must not be empty.");

        services.AddLocalAnalyzer();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(AnalysisCacheSelection.Create);
        services.TryAddSingleton(sp => CreateClient(sp.GetRequiredService<IOptions<LanguageOptions>>().Value));
        services.TryAddSingleton(sp => new AzureLanguageAnalyzer(
            sp.GetRequiredService<LanguageClient>(),
            sp.GetRequiredService<LocalTextAnalyzer>(),
            sp.GetRequiredService<IOptions<LanguageOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<AzureLanguageAnalyzer>>()));

        services.AddSingleton<ITextAnalyzer>(sp =>
        {
            var language = sp.GetRequiredService<IOptions<LanguageOptions>>().Value;
            var (analyzer, identity) = language.IsConfigured
                ? ((ITextAnalyzer)sp.GetRequiredService<AzureLanguageAnalyzer>(), AzureIdentity(language))
                : (sp.GetRequiredService<LocalTextAnalyzer>(), LocalIdentity);
            return new CachingTextAnalyzer(analyzer, sp.GetRequiredService<IAnalysisCache>(), identity, sp.GetRequiredService<ILogger<CachingTextAnalyzer>>());
        });
        return services;
    }

    /// <summary>Results change with the model and the kind of summary asked for.</summary>
    internal static AnalyzerIdentity AzureIdentity(LanguageOptions options) => new(
        AzureLanguageAnalyzer.Provider,
        $"{options.ModelVersion}{(options.AbstractiveSummary ? "+abstractive" : "")}+s{options.SummarySentenceCount}");

    /// <summary>
    /// The offline analyzer's results change only with its code, so its build (module version id, stable under
    /// deterministic builds) versions its cache entries.
    /// </summary>
    internal static AnalyzerIdentity LocalIdentity { get; } =
        new(LocalProvider, typeof(LocalTextAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12]);

    internal static LanguageClient CreateClient(LanguageOptions options)
    {
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("Language:Endpoint is not configured.");
        var clientOptions = new LanguageClientOptions
        {
            MaxRetryAfter = options.MaxRetryAfter,
            JobPollingInterval = options.JobPollingInterval,
            JobTimeout = options.JobTimeout,
        };
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;

        return string.IsNullOrWhiteSpace(options.Key)
            ? new LanguageClient(endpoint, Credential(options), clientOptions)
            : new LanguageClient(endpoint, new AzureKeyCredential(options.Key), clientOptions);
    }

    private static TokenCredential Credential(LanguageOptions options) =>
        string.Equals(options.Credential, "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrEmpty(options.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ClientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ClientId });
}
