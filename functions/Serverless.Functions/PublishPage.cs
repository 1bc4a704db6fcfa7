using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Functions;

/// <summary>an enriched page's articles → one feed-index update per scope → feeds and pages.</summary>
public sealed class PublishPage(StageRunner stages)
{
    [Function(nameof(PublishPage))]
    public Task Run(
        [QueueTrigger("%Storage:PublishQueue%", Connection = ConnectionNames.Pipeline)] QueueMessage message,
        CancellationToken cancellationToken) =>
        stages.PublishPageAsync(message, cancellationToken);
}
