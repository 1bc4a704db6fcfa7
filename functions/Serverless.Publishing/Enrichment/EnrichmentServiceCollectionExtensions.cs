using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Enrichment.Local;

namespace Serverless.Publishing.Enrichment;

public static class EnrichmentServiceCollectionExtensions
{
    /// <summary>Registers the ITextAnalyzer the pipeline uses: offline by default.</summary>
    public static IServiceCollection AddEnrichment(this IServiceCollection services)
    {
        services.AddLocalAnalyzer();
        services.AddSingleton<ITextAnalyzer>(sp => sp.GetRequiredService<LocalTextAnalyzer>());
        return services;
    }
}
