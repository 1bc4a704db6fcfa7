using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Functions;

/// <summary>a BlobCreated event (Event Grid → page-events) → drafts, or a BlobDeleted event → withdrawals; then one message to enrich-page.</summary>
public sealed class SplitPage(StageRunner stages)
{
    [Function(nameof(SplitPage))]
    public Task Run(
        [QueueTrigger("%Storage:PageEventsQueue%", Connection = ConnectionNames.Pipeline)] QueueMessage message,
        CancellationToken cancellationToken) =>
        stages.SplitPageAsync(message, cancellationToken);
}
