using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Storage;

namespace Serverless.Infra.Tests;

/// <summary>
/// Flex Consumption offers only the Event Grid blob trigger, so pages arrive as events: the system topic on the private
/// account delivers BlobCreated and BlobDeleted events of pages/ to the page-events queue, where the SplitPage queue trigger reads them.
/// </summary>
[Trait("Category", "Integration")]
public sealed class EventGridTests
{
    [Fact]
    public async Task System_topic_listens_to_the_private_account()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var topic = snapshot.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Property("topicType"));
        Assert.Equal(FunctionAppTemplateTests.PrivateAccountId(snapshot), topic.Property("source"));
        Assert.Equal(topic.Name, (string?)snapshot.Outputs["AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"]);
    }

    [Fact]
    public async Task Only_BlobCreated_and_BlobDeleted_events_of_pages_go_to_the_page_events_queue_with_the_topic_identity()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var subscription = snapshot.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var delivery = subscription.Properties["deliveryWithResourceIdentity"];

        Assert.StartsWith($"{snapshot.Single("Microsoft.EventGrid/systemTopics").Name}/", subscription.Name, StringComparison.Ordinal);
        Assert.Equal($"/blobServices/default/containers/{Containers.Pages}/", (string?)subscription.Properties["filter"]?["subjectBeginsWith"]);
        Assert.Equal(["Microsoft.Storage.BlobCreated", "Microsoft.Storage.BlobDeleted"], subscription.Properties["filter"]!["includedEventTypes"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("EventGridSchema", subscription.Property("eventDeliverySchema"));
        Assert.Equal("SystemAssigned", (string?)delivery?["identity"]?["type"]);
        Assert.Equal("StorageQueue", (string?)delivery?["destination"]?["endpointType"]);
        Assert.Equal(FunctionAppTemplateTests.PrivateAccountId(snapshot), (string?)delivery?["destination"]?["properties"]?["resourceId"]);
        Assert.Equal(Queues.PageEvents, (string?)delivery?["destination"]?["properties"]?["queueName"]);
        Assert.Null(subscription.Properties["destination"]);
    }

    [Fact]
    public async Task The_compiled_template_has_no_webhook_and_lists_no_keys()
    {
        var build = await Templates.BuildMainAsync();

        build.EnsureClean();
        Assert.DoesNotContain("listKeys", build.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("WebHook", build.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("blobs_extension", build.Output, StringComparison.Ordinal);
        Assert.Contains("\"endpointType\": \"StorageQueue\"", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_stage_queue_and_its_poison_queue_exist_on_the_private_account()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var privateAccount = FunctionAppTemplateTests.PrivateAccountId(snapshot);
        var queues = snapshot.OfType("Microsoft.Storage/storageAccounts/queueServices/queues").Select(q => q.Id).ToHashSet();
        var options = new StorageOptions();

        foreach (var queue in new[] { options.PageEventsQueue, options.EnrichQueue, options.PublishQueue })
        {
            Assert.Contains($"{privateAccount}/queueServices/default/queues/{queue}", queues);
            Assert.Contains($"{privateAccount}/queueServices/default/queues/{Queues.Poison(queue)}", queues);
        }
    }

    [Fact]
    public async Task Undeliverable_events_are_dead_lettered_to_a_private_container_with_the_topic_identity()
    {
        var main = await Templates.MainSnapshotAsync();
        var privateAccount = FunctionAppTemplateTests.PrivateAccountId(main);
        var containers = main.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(c => c.Id).ToHashSet();
        var subscription = main.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        Assert.Equal("SystemAssigned", (string?)main.Single("Microsoft.EventGrid/systemTopics").Node["identity"]?["type"]);
        var deadLetter = subscription.Properties["deadLetterWithResourceIdentity"];
        Assert.Equal("SystemAssigned", (string?)deadLetter?["identity"]?["type"]);
        var destination = deadLetter?["deadLetterDestination"]?["properties"];
        Assert.Equal(privateAccount, (string?)destination?["resourceId"]);
        Assert.Contains($"{privateAccount}/blobServices/default/containers/{destination?["blobContainerName"]}", containers);
    }
}
