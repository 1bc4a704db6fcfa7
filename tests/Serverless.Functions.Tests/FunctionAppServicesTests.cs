using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Serverless.Functions.Tests;

/// <summary>The Function App's dependency graph builds, and every function class can be made from it as the worker makes it.</summary>
public sealed class FunctionAppServicesTests
{
    [Fact]
    public void Every_function_resolves_from_the_app_services()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PipelineStorage"] = "UseDevelopmentStorage=true",
        });
        builder.AddServerlessFunctions();
        builder.Services.Configure<ServiceProviderOptions>(o => o.ValidateOnBuild = true);
        using var host = builder.Build();

        Assert.NotNull(ActivatorUtilities.CreateInstance<SplitPage>(host.Services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<EnrichPage>(host.Services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<PublishPage>(host.Services));
    }
}
