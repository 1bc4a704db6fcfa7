using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Storage;

namespace Serverless.Functions.Tests;

/// <summary>
/// The generated function metadata agrees with the deployment: Event Grid blob triggers on pages, drafts and articles,
/// through a connection that the Bicep configures with the managed identity, each with an Event Grid subscription.
/// </summary>
public sealed class FunctionMetadataTests
{
    public static TheoryData<string, string> Triggers => new()
    {
        { nameof(SplitPage), Containers.Pages },
        { nameof(EnrichArticle), Containers.Drafts },
        { nameof(PublishFeed), Containers.Articles },
    };

    [Fact]
    public void Metadata_lists_exactly_the_three_stage_functions()
    {
        Assert.Equal([nameof(EnrichArticle), nameof(PublishFeed), nameof(SplitPage)], FunctionMetadata.Functions.Select(f => f.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Function_has_an_event_grid_blob_trigger_on_its_container(string function, string container)
    {
        var trigger = Assert.Single(FunctionMetadata.Functions, f => f.Name == function).Trigger;

        Assert.Equal("blobTrigger", (string?)trigger["type"]);
        Assert.Equal("In", (string?)trigger["direction"]);
        Assert.Equal($"{container}/{{name}}", (string?)trigger["path"]);
        Assert.Equal("EventGrid", (string?)trigger["source"]);
        Assert.Equal(ConnectionNames.Pipeline, (string?)trigger["connection"]);
    }

    [Fact]
    public async Task Trigger_connections_are_identity_based_in_the_bicep_app_settings()
    {
        var template = await Templates.MainAsync();
        var settings = Assert.Single(template.OfType("Microsoft.Web/sites/config"), c => c.Name.Contains("appsettings", StringComparison.Ordinal)).Properties;
        var connections = FunctionMetadata.Functions.Select(f => (string?)f.Trigger["connection"]).Distinct().ToList();

        Assert.NotEmpty(connections);
        foreach (var connection in connections)
        {
            Assert.Equal("managedidentity", (string?)settings[$"{connection}__credential"]);
            Assert.NotNull(settings[$"{connection}__clientId"]);
            Assert.NotNull(settings[$"{connection}__blobServiceUri"]);
            // Blob triggers park poison messages in a queue of the same account.
            Assert.NotNull(settings[$"{connection}__queueServiceUri"]);
            Assert.False(settings.ContainsKey(connection!), $"{connection} must not be a connection string setting.");
        }
    }

    [Fact]
    public async Task Every_trigger_has_an_event_grid_subscription_to_its_webhook()
    {
        var subscriptions = (await Templates.EventSubscriptionsSnapshotAsync()).OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions").ToList();

        Assert.Equal(FunctionMetadata.Functions.Count, subscriptions.Count);
        foreach (var function in FunctionMetadata.Functions)
        {
            var container = ((string?)function.Trigger["path"])!.Split('/')[0];
            var subscription = Assert.Single(subscriptions, s => (string?)s.Properties["filter"]?["subjectBeginsWith"] == $"/blobServices/default/containers/{container}/");
            var endpoint = (string?)subscription.Properties["destination"]?["properties"]?["endpointUrl"] ?? "";
            Assert.Contains("functionName=Host.Functions.{1}", endpoint, StringComparison.Ordinal);
            Assert.Contains($"'{function.Name}'", endpoint, StringComparison.Ordinal);
        }
    }
}
