using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Serverless.Publishing.Enrichment.Local.Chinese;
using Serverless.Publishing.Enrichment.Local.English;
using Serverless.Publishing.Enrichment.Local.Language;

namespace Serverless.Publishing.Enrichment.Local;

public static class LocalAnalyzerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the offline analyzer and what it needs (segmenter, dictionaries): singletons that load on first use,
    /// or in the background at host start unless Enrichment:Local:WarmUpOnStart is false.
    /// </summary>
    public static IServiceCollection AddLocalAnalyzer(this IServiceCollection services)
    {
        services.AddLogging();
        // Bound where the host has configuration; the analyzer alone (benchmarks, tests) runs on the defaults.
        services.AddOptions<LocalAnalyzerOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(LocalAnalyzerOptions.Section).Bind(options));
        services.TryAddSingleton<LanguageIdentifier>();
        services.TryAddSingleton<ChineseSegmenter>();
        services.TryAddSingleton<ChineseTextAnalyzer>();
        services.TryAddSingleton<EnglishTextAnalyzer>();
        // The constructor is internal: the analyzer's parts are implementation details.
        services.TryAddSingleton(sp => new LocalTextAnalyzer(
            sp.GetRequiredService<LanguageIdentifier>(),
            sp.GetRequiredService<ChineseTextAnalyzer>(),
            sp.GetRequiredService<EnglishTextAnalyzer>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LocalAnalyzerWarmUp>());
        return services;
    }
}
