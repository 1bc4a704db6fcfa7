using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Enrichment.Local;

namespace Serverless.Publishing.Tests.Enrichment.Local;

public sealed class LocalAnalyzerRegistrationTests
{
    [Fact]
    public void The_analyzer_is_one_singleton_with_a_background_warm_up_that_configuration_can_turn_off()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Enrichment:Local:WarmUpOnStart"] = "false" });
        builder.Services.AddLocalAnalyzer().AddLocalAnalyzer();
        using var host = builder.Build();

        Assert.Same(host.Services.GetRequiredService<LocalTextAnalyzer>(), host.Services.GetRequiredService<LocalTextAnalyzer>());
        Assert.Single(host.Services.GetServices<IHostedService>(), s => s.GetType().Name == "LocalAnalyzerWarmUp");
        Assert.False(host.Services.GetRequiredService<IOptions<LocalAnalyzerOptions>>().Value.WarmUpOnStart);
    }
}
