using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Functions;

/// <summary>a split page's drafts, analysed in one batch → articles, then one message to publish-page.</summary>
public sealed class EnrichPage(StageRunner stages)
{
    [Function(nameof(EnrichPage))]
    public Task Run(
        [QueueTrigger("%Storage:EnrichQueue%", Connection = ConnectionNames.Pipeline)] QueueMessage message,
        CancellationToken cancellationToken) =>
        stages.EnrichPageAsync(message, cancellationToken);
}
