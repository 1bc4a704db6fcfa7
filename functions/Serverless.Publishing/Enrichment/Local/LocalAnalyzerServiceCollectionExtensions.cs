using Microsoft.Extensions.DependencyInjection;

namespace Serverless.Publishing.Enrichment.Local;

public static class LocalAnalyzerServiceCollectionExtensions
{
    /// <summary>Registers the offline analyzer and what it needs (segmenter, dictionaries).</summary>
    public static IServiceCollection AddLocalAnalyzer(this IServiceCollection services)
    {
        services.AddSingleton<LocalTextAnalyzer>();
        return services;
    }
}
