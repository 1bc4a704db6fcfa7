using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Publishing.Enrichment.Local.Chinese;
using Serverless.Publishing.Enrichment.Local.English;
using Serverless.Publishing.Enrichment.Local.Language;

namespace Serverless.Publishing.Enrichment.Local;

public static class LocalAnalyzerServiceCollectionExtensions
{
    /// <summary>Registers the offline analyzer and what it needs (segmenter, dictionaries), all singletons loaded on first use.</summary>
    public static IServiceCollection AddLocalAnalyzer(this IServiceCollection services)
    {
        services.AddLogging();
        services.TryAddSingleton<LanguageIdentifier>();
        services.TryAddSingleton<ChineseSegmenter>();
        services.TryAddSingleton<ChineseTextAnalyzer>();
        services.TryAddSingleton<EnglishTextAnalyzer>();
        // The constructor is internal: the analyzer's parts are implementation details.
        services.TryAddSingleton(sp => new LocalTextAnalyzer(
            sp.GetRequiredService<LanguageIdentifier>(),
            sp.GetRequiredService<ChineseTextAnalyzer>(),
            sp.GetRequiredService<EnglishTextAnalyzer>()));
        return services;
    }
}
