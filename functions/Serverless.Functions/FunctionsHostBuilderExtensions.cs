using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing;

namespace Serverless.Functions;

public static class FunctionsHostBuilderExtensions
{
    public static FunctionsApplicationBuilder AddServerlessFunctions(this FunctionsApplicationBuilder builder)
    {
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights()
            .AddPublishingPipeline();
        return builder;
    }
}
