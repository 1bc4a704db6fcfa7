using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Storage;

namespace Serverless.Infra.Tests;

/// <summary>
/// Flex Consumption runs blob triggers from Event Grid only: a system topic on the private account (main.bicep)
/// and one subscription per triggered container (event-subscriptions.bicep, deployed by the postdeploy hook).
/// </summary>
[Trait("Category", "Integration")]
public sealed class EventGridTests
{
    public static TheoryData<string, string> Triggers => new()
    {
        { "SplitPage", Containers.Pages },
        { "EnrichArticle", Containers.Drafts },
        { "PublishFeed", Containers.Articles },
    };

    [Fact]
    public async Task System_topic_listens_to_the_private_account()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var topic = snapshot.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Property("topicType"));
        Assert.Equal(FunctionAppTemplateTests.PrivateAccountId(snapshot), topic.Property("source"));
        Assert.Equal(topic.Name, (string?)snapshot.Outputs["AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"]);
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task Each_triggered_container_has_a_BlobCreated_subscription_to_its_function(string function, string container)
    {
        var subscriptions = (await Templates.EventSubscriptionsSnapshotAsync()).OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions").ToList();

        var subscription = Assert.Single(subscriptions, s => (string?)s.Properties["filter"]?["subjectBeginsWith"] == $"/blobServices/default/containers/{container}/");
        var main = await Templates.MainSnapshotAsync();
        Assert.StartsWith($"{main.Single("Microsoft.EventGrid/systemTopics").Name}/", subscription.Name, StringComparison.Ordinal);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], subscription.Properties["filter"]!["includedEventTypes"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("EventGridSchema", subscription.Property("eventDeliverySchema"));
        Assert.Equal("WebHook", (string?)subscription.Properties["destination"]?["endpointType"]);

        var endpoint = (string?)subscription.Properties["destination"]?["properties"]?["endpointUrl"] ?? "";
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}", endpoint, StringComparison.Ordinal);
        Assert.Contains($"'{function}'", endpoint, StringComparison.Ordinal);
        Assert.Contains($"listKeys('{main.Single("Microsoft.Web/sites").Id}/host/default', ", endpoint, StringComparison.Ordinal);
        Assert.Contains(").systemKeys.blobs_extension", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undeliverable_events_are_dead_lettered_to_a_private_container_with_the_topic_identity()
    {
        var main = await Templates.MainSnapshotAsync();
        var privateAccount = FunctionAppTemplateTests.PrivateAccountId(main);
        var containers = main.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(c => c.Id).ToHashSet();
        var subscriptions = (await Templates.EventSubscriptionsSnapshotAsync()).OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions").ToList();

        Assert.Equal("SystemAssigned", (string?)main.Single("Microsoft.EventGrid/systemTopics").Node["identity"]?["type"]);
        Assert.NotEmpty(subscriptions);
        Assert.All(subscriptions, s =>
        {
            var deadLetter = s.Properties["deadLetterWithResourceIdentity"];
            Assert.Equal("SystemAssigned", (string?)deadLetter?["identity"]?["type"]);
            var destination = deadLetter?["deadLetterDestination"]?["properties"];
            Assert.Equal(privateAccount, (string?)destination?["resourceId"]);
            Assert.Contains($"{privateAccount}/blobServices/default/containers/{destination?["blobContainerName"]}", containers);
        });
    }

    [Fact]
    public async Task No_other_container_is_subscribed()
    {
        var subscriptions = (await Templates.EventSubscriptionsSnapshotAsync()).OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        Assert.Equal(Triggers.Count(), subscriptions.Count());
    }
}
