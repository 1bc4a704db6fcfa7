using System.Text.Json.Nodes;
using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Functions.Tests;

/// <summary>
/// The generated function metadata agrees with the deployment: one queue trigger per stage, on the queue named by the
/// setting the Bicep writes, through the identity-based pipeline connection; host.json reads messages as Event Grid writes them.
/// </summary>
public sealed class FunctionMetadataTests
{
    public static TheoryData<string, string> Triggers => new()
    {
        { nameof(SplitPage), "%Storage:PageEventsQueue%" },
        { nameof(EnrichPage), "%Storage:EnrichQueue%" },
        { nameof(PublishPage), "%Storage:PublishQueue%" },
    };

    [Fact]
    public void Metadata_lists_exactly_the_three_stage_functions()
    {
        Assert.Equal([nameof(EnrichPage), nameof(PublishPage), nameof(SplitPage)], FunctionMetadata.Functions.Select(f => f.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Function_has_a_queue_trigger_on_its_configured_queue(string function, string queue)
    {
        var trigger = Assert.Single(FunctionMetadata.Functions, f => f.Name == function).Trigger;

        Assert.Equal("queueTrigger", (string?)trigger["type"]);
        Assert.Equal("In", (string?)trigger["direction"]);
        Assert.Equal(queue, (string?)trigger["queueName"]);
        Assert.Equal(ConnectionNames.Pipeline, (string?)trigger["connection"]);
    }

    [Fact]
    [Trait("Category", "Integration")]
    public async Task Trigger_connections_are_identity_based_and_queue_names_are_set_in_the_bicep_app_settings()
    {
        var template = await Templates.MainAsync();
        var settings = Assert.Single(template.OfType("Microsoft.Web/sites/config"), c => c.Name.Contains("appsettings", StringComparison.Ordinal)).Properties;
        var triggers = FunctionMetadata.Functions.Select(f => f.Trigger).ToList();

        Assert.NotEmpty(triggers);
        foreach (var connection in triggers.Select(t => (string?)t["connection"]).Distinct())
        {
            Assert.Equal("managedidentity", (string?)settings[$"{connection}__credential"]);
            Assert.NotNull(settings[$"{connection}__clientId"]);
            Assert.NotNull(settings[$"{connection}__queueServiceUri"]);
            Assert.False(settings.ContainsKey(connection!), $"{connection} must not be a connection string setting.");
        }

        foreach (var queueName in triggers.Select(t => ((string?)t["queueName"])!))
        {
            var setting = queueName.Trim('%').Replace(":", "__", StringComparison.Ordinal);
            Assert.True(settings.ContainsKey(setting), $"The Bicep app settings do not set {setting}, which {queueName} reads.");
        }
    }

    [Fact]
    public void Host_json_reads_base64_messages_and_poisons_after_the_attempts_the_stages_expect()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Repository, "functions", "Serverless.Functions", "host.json")))!;
        var queues = host["extensions"]?["queues"];

        // Event Grid writes each event to a Storage Queue destination Base64-encoded; Serverless.Publishing writes the same.
        Assert.Equal("base64", (string?)queues?["messageEncoding"]);
        Assert.Equal(new Serverless.Publishing.Stages.StageOptions().MaxDequeueCount, (int?)queues?["maxDequeueCount"]);
        Assert.Null(host["extensions"]?["blobs"]);
    }
}
