using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Storage;

namespace Serverless.Infra.Tests;

/// <summary>
/// Flex Consumption runs blob triggers from Event Grid only: a system topic on the private account (main.bicep)
/// and one subscription per triggered container (event-subscriptions.bicep, deployed by the postdeploy hook).
/// </summary>
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
        Assert.StartsWith($"{Templates.EventSubscriptionParameters["systemTopicName"]}/", subscription.Name, StringComparison.Ordinal);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], subscription.Properties["filter"]!["includedEventTypes"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("EventGridSchema", subscription.Property("eventDeliverySchema"));
        Assert.Equal("WebHook", (string?)subscription.Properties["destination"]?["endpointType"]);

        var endpoint = (string?)subscription.Properties["destination"]?["properties"]?["endpointUrl"] ?? "";
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.{1}&code={2}", endpoint, StringComparison.Ordinal);
        Assert.Contains($"'{function}'", endpoint, StringComparison.Ordinal);
        Assert.Contains($"/providers/Microsoft.Web/sites/{Templates.EventSubscriptionParameters["functionAppName"]}/host/default', ", endpoint, StringComparison.Ordinal);
        Assert.Contains(").systemKeys.blobs_extension", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_other_container_is_subscribed()
    {
        var subscriptions = (await Templates.EventSubscriptionsSnapshotAsync()).OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        Assert.Equal(Triggers.Count(), subscriptions.Count());
    }
}
