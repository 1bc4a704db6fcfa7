using Serverless.Infra.Tests.Bicep;

namespace Serverless.Infra.Tests;

/// <summary>Language and Application Insights accept Entra ID tokens only.</summary>
[Trait("Category", "Integration")]
public sealed class LanguageAndMonitoringTests
{
    [Fact]
    public async Task Language_account_is_text_analytics_with_a_subdomain_and_no_keys()
    {
        var language = Assert.Single((await Templates.MainAsync()).OfType("Microsoft.CognitiveServices/accounts"));

        Assert.Equal("TextAnalytics", (string?)language.Node["kind"]);
        Assert.True((bool?)language.Properties["disableLocalAuth"]);
        // Token authentication works only on a custom subdomain endpoint.
        Assert.False(string.IsNullOrEmpty((string?)language.Properties["customSubDomainName"]));
    }

    [Fact]
    public async Task Language_subdomain_is_unique_per_environment()
    {
        var language = (await Templates.MainSnapshotAsync()).Single("Microsoft.CognitiveServices/accounts");

        Assert.Equal(language.Name, language.Property("customSubDomainName"));
        Assert.Matches("^lang-[a-z0-9]{13}$", language.Name);
    }

    [Fact]
    public async Task Application_insights_is_workspace_based_without_local_auth()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var insights = snapshot.Single("Microsoft.Insights/components");

        Assert.True((bool?)insights.Properties["DisableLocalAuth"]);
        Assert.Equal(snapshot.Single("Microsoft.OperationalInsights/workspaces").Id, insights.Property("WorkspaceResourceId"));
    }
}
