using Azure.Storage.Queues.Models;
using Microsoft.Azure.WebJobs;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.DevHost;

/// <summary>The three stages on the WebJobs SDK's queue trigger: the trigger and the queues the Function App uses in Azure.</summary>
public sealed class PipelineTriggers(StageRunner stages)
{
    [FunctionName("SplitPage")]
    public Task SplitPage(
        [QueueTrigger("%Storage:PageEventsQueue%", Connection = ConnectionNames.Pipeline)] QueueMessage message,
        CancellationToken cancellationToken) =>
        stages.SplitPageAsync(message, cancellationToken);

    [FunctionName("EnrichPage")]
    public Task EnrichPage(
        [QueueTrigger("%Storage:EnrichQueue%", Connection = ConnectionNames.Pipeline)] QueueMessage message,
        CancellationToken cancellationToken) =>
        stages.EnrichPageAsync(message, cancellationToken);

    [FunctionName("PublishPage")]
    public Task PublishPage(
        [QueueTrigger("%Storage:PublishQueue%", Connection = ConnectionNames.Pipeline)] QueueMessage message,
        CancellationToken cancellationToken) =>
        stages.PublishPageAsync(message, cancellationToken);
}
