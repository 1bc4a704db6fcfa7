using System.Text.Json.Nodes;
using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Storage;

namespace Serverless.Infra.Tests;

/// <summary>The Function App: Flex Consumption, .NET 10 isolated, one user-assigned identity, no secrets in settings.</summary>
[Trait("Category", "Integration")]
public sealed class FunctionAppTemplateTests
{
    [Fact]
    public async Task Plan_is_flex_consumption()
    {
        var plan = Assert.Single((await Templates.MainAsync()).OfType("Microsoft.Web/serverfarms"));

        Assert.Equal("FC1", (string?)plan.Node["sku"]?["name"]);
        Assert.Equal("FlexConsumption", (string?)plan.Node["sku"]?["tier"]);
        Assert.True((bool?)plan.Properties["reserved"]);
    }

    [Fact]
    public async Task App_runs_dotnet_isolated_10_with_only_a_user_assigned_identity()
    {
        var site = Assert.Single((await Templates.MainAsync()).OfType("Microsoft.Web/sites"));

        Assert.Equal("functionapp,linux", (string?)site.Node["kind"]);
        Assert.Equal("UserAssigned", (string?)site.Node["identity"]?["type"]);
        Assert.Single(site.Node["identity"]?["userAssignedIdentities"]?.AsObject() ?? []);
        var runtime = site.Properties["functionAppConfig"]?["runtime"];
        Assert.Equal("dotnet-isolated", (string?)runtime?["name"]);
        Assert.Equal("10.0", (string?)runtime?["version"]);
        Assert.True((bool?)site.Properties["httpsOnly"]);
    }

    [Fact]
    public async Task Deployment_package_is_read_with_the_user_assigned_identity()
    {
        var site = (await Templates.MainSnapshotAsync()).Single("Microsoft.Web/sites");
        var identityId = Assert.Single(site.Node["identity"]!["userAssignedIdentities"]!.AsObject()).Key;
        var storage = site.Properties["functionAppConfig"]?["deployment"]?["storage"];

        Assert.Equal("blobContainer", (string?)storage?["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage?["authentication"]?["type"]);
        Assert.Equal(identityId, (string?)storage?["authentication"]?["userAssignedIdentityResourceId"]);
        Assert.Contains(PrivateAccountId(await Templates.MainSnapshotAsync()), (string?)storage?["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_settings_hold_no_key_connection_string_or_listKeys()
    {
        var settings = AppSettings(await Templates.MainAsync());

        Assert.NotEmpty(settings);
        foreach (var (name, value) in settings)
        {
            var text = value?.ToJsonString() ?? "";
            foreach (var secret in new[] { "AccountKey", "SharedAccessSignature", "DefaultEndpointsProtocol", "UseDevelopmentStorage", "listKeys", "listConnectionStrings", "listSecrets" })
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"App setting {name} contains {secret}: {text}");
            }
        }

        // Identity-based connections only: no setting named just like a connection (that would be a connection string).
        foreach (var connection in new[] { "AzureWebJobsStorage", ConnectionNames.Pipeline, ConnectionNames.Public })
        {
            Assert.DoesNotContain(connection, settings.Select(s => s.Key));
        }

        // The one *_CONNECTION_STRING left is App Insights', whose ingestion also needs an Entra token.
        Assert.Equal(["APPLICATIONINSIGHTS_CONNECTION_STRING"], settings.Select(s => s.Key).Where(k => k.Contains("CONNECTION_STRING", StringComparison.OrdinalIgnoreCase)));
        Assert.Matches("^\\[format\\('ClientId=\\{0\\};Authorization=AAD'", (string?)settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage", true)]
    [InlineData(ConnectionNames.Pipeline, true)]
    [InlineData(ConnectionNames.Public, false)]
    public async Task Connections_use_the_managed_identity(string connection, bool needsQueues)
    {
        var settings = AppSettings(await Templates.MainAsync());

        Assert.Equal("managedidentity", (string?)settings[$"{connection}__credential"]);
        Assert.Contains($"{connection}__clientId", settings.Select(s => s.Key));
        Assert.Contains($"{connection}__blobServiceUri", settings.Select(s => s.Key));
        Assert.Equal(needsQueues, settings.ContainsKey($"{connection}__queueServiceUri"));
    }

    [Fact]
    public async Task Settings_point_each_connection_at_its_account_and_the_identity_of_the_app()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var settings = snapshot.Single("Microsoft.Web/sites/config").Properties;
        var identityId = Assert.Single(snapshot.Single("Microsoft.Web/sites").Node["identity"]!["userAssignedIdentities"]!.AsObject()).Key;
        var privateAccount = PrivateAccountId(snapshot);
        var publicAccount = snapshot.Single("Microsoft.Storage/storageAccounts", a => (bool?)a.Properties["allowBlobPublicAccess"] == true).Id;

        Assert.StartsWith($"[reference('{privateAccount}'", (string?)settings["AzureWebJobsStorage__blobServiceUri"], StringComparison.Ordinal);
        Assert.StartsWith($"[reference('{privateAccount}'", (string?)settings[$"{ConnectionNames.Pipeline}__blobServiceUri"], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.queue]", (string?)settings[$"{ConnectionNames.Pipeline}__queueServiceUri"], StringComparison.Ordinal);
        Assert.StartsWith($"[reference('{publicAccount}'", (string?)settings[$"{ConnectionNames.Public}__blobServiceUri"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.CognitiveServices/accounts/", (string?)settings["Language__Endpoint"], StringComparison.Ordinal);
        foreach (var clientId in new[] { "AzureWebJobsStorage__clientId", $"{ConnectionNames.Pipeline}__clientId", $"{ConnectionNames.Public}__clientId", "Language__ClientId" })
        {
            Assert.StartsWith($"[reference('{identityId}'", (string?)settings[clientId], StringComparison.Ordinal);
            Assert.EndsWith(").clientId]", (string?)settings[clientId], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Queue_name_settings_are_the_names_the_stages_default_to_and_the_queues_bicep_creates()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var settings = snapshot.Single("Microsoft.Web/sites/config").Properties;
        var queues = snapshot.OfType("Microsoft.Storage/storageAccounts/queueServices/queues").Select(q => q.Name.Split('/')[^1]).ToHashSet();
        var defaults = new StorageOptions();

        foreach (var (setting, queue) in new[] { ("PageEventsQueue", defaults.PageEventsQueue), ("EnrichQueue", defaults.EnrichQueue), ("PublishQueue", defaults.PublishQueue) })
        {
            Assert.Equal(queue, (string?)settings[$"{StorageOptions.Section}__{setting}"]);
            Assert.Contains(queue, queues);
        }
    }

    [Fact]
    public async Task Flex_consumption_settings_leave_the_runtime_to_functionAppConfig()
    {
        // Flex Consumption rejects these settings; the runtime is set in functionAppConfig.
        var settings = AppSettings(await Templates.MainAsync());

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Select(s => s.Key));
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Select(s => s.Key));
    }

    internal static JsonObject AppSettings(ArmTemplate template) =>
        Assert.Single(template.OfType("Microsoft.Web/sites/config"), c => c.Name.Contains("appsettings", StringComparison.Ordinal)).Properties;

    internal static string PrivateAccountId(DeploymentSnapshot snapshot) =>
        snapshot.Single("Microsoft.Storage/storageAccounts", a => (bool?)a.Properties["allowBlobPublicAccess"] == false).Id;
}
