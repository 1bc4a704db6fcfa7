using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Enrichment.Caching;
using Serverless.Publishing.Enrichment.Language;

namespace Serverless.Publishing.Tests.Enrichment.Language;

/// <summary>What stages get from ITextAnalyzer for a given configuration, as the hosts register it.</summary>
public sealed class AnalyzerSelectionTests
{
    [Fact]
    public async Task Without_an_endpoint_the_offline_analyzer_is_used_behind_the_cache()
    {
        using var services = Services([]);

        var analyzer = Assert.IsType<CachingTextAnalyzer>(services.GetRequiredService<ITextAnalyzer>());
        var results = await analyzer.AnalyzeAsync(AnalyzerHarness.Articles(2), CancellationToken.None);

        Assert.Equal("local", analyzer.Identity.Provider);
        Assert.All(results, r => Assert.Equal("local", r.Analysis.Provider));
        // No storage configured (the CLI's split --enrich): a process-local cache, no storage needed.
        Assert.IsType<InMemoryAnalysisCache>(services.GetRequiredService<IAnalysisCache>());
    }

    [Fact]
    public async Task With_an_endpoint_and_key_the_service_is_called_with_the_key_once_per_content()
    {
        await using var harness = new AnalyzerHarness();
        using var services = Services(new()
        {
            ["Language:Endpoint"] = harness.Endpoint.Endpoint.AbsoluteUri,
            ["Language:Key"] = "configured-key",
            ["Language:RetryDelay"] = "00:00:00.001",
            ["Language:JobPollingInterval"] = "00:00:00.005",
        });
        var analyzer = services.GetRequiredService<ITextAnalyzer>();
        var articles = AnalyzerHarness.Articles(3);

        var first = await analyzer.AnalyzeAsync(articles, CancellationToken.None);
        var requests = harness.Endpoint.Requests.Count;
        await analyzer.AnalyzeAsync(articles, CancellationToken.None);

        Assert.All(first, r => Assert.Equal(AzureLanguageAnalyzer.Provider, r.Analysis.Provider));
        Assert.All(harness.Endpoint.Requests, r => Assert.Equal("configured-key", r.Headers["Ocp-Apim-Subscription-Key"]));
        Assert.Equal(requests, harness.Endpoint.Requests.Count);
        Assert.Equal(new AnalyzerIdentity("azure-language", "latest+s3"), Assert.IsType<CachingTextAnalyzer>(analyzer).Identity);
    }

    [Fact]
    public void With_storage_configured_results_are_cached_in_blobs_and_without_a_key_the_client_uses_Entra_ID()
    {
        using var services = Services(new()
        {
            ["PipelineStorage"] = "UseDevelopmentStorage=true",
            ["Language:Endpoint"] = "https://my-language.cognitiveservices.azure.com/",
            ["Language:Credential"] = "managedidentity",
            ["Language:AbstractiveSummary"] = "true",
        });

        var analyzer = Assert.IsType<CachingTextAnalyzer>(services.GetRequiredService<ITextAnalyzer>());

        Assert.IsType<BlobAnalysisCache>(services.GetRequiredService<IAnalysisCache>());
        Assert.Equal(new AnalyzerIdentity("azure-language", "latest+abstractive+s3"), analyzer.Identity);
        Assert.Equal(new Uri("https://my-language.cognitiveservices.azure.com/"), services.GetRequiredService<LanguageClient>().Endpoint);
    }

    [Fact]
    public void An_empty_endpoint_setting_as_in_local_settings_means_offline()
    {
        using var services = Services(new() { ["Language:Endpoint"] = "", ["Language:Key"] = "" });

        var analyzer = Assert.IsType<CachingTextAnalyzer>(services.GetRequiredService<ITextAnalyzer>());

        Assert.Equal("local", analyzer.Identity.Provider);
    }

    [Fact]
    public void Invalid_settings_fail_at_resolution_with_the_setting_named()
    {
        using var services = Services(new() { ["Language:Endpoint"] = "https://x.cognitiveservices.azure.com/", ["Language:SummarySentenceCount"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ITextAnalyzer>());

        Assert.Contains("Language:SummarySentenceCount", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .AddLogging()
        .AddPublishingPipeline()
        .BuildServiceProvider();
}
