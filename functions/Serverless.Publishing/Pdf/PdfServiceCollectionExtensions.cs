using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf.Articles;
using Serverless.Publishing.Stages;

namespace Serverless.Publishing.Pdf;

public static class PdfServiceCollectionExtensions
{
    /// <summary>Reading uploads (PDF or text) into pages, and splitting PDF pages by their layout.</summary>
    public static IServiceCollection AddPdfPages(this IServiceCollection services)
    {
        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section)
            .Validate(o => o.MaxPages > 0, "Pdf:MaxPages must be positive.");
        services.AddSingleton<PageReader>();
        services.AddSingleton(new LayoutSplitter());
        services.AddSingleton<PageArticleSplitter>();
        return services;
    }
}
