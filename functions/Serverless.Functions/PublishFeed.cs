using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Functions;

public sealed class PublishFeed(PublishFeedService service)
{
    [Function(nameof(PublishFeed))]
    public Task Run(
        [BlobTrigger(Containers.Articles + "/{name}", Connection = ConnectionNames.Pipeline, Source = BlobTriggerSource.EventGrid)] BlobClient article,
        string name,
        CancellationToken cancellationToken) =>
        service.PublishAsync(name, cancellationToken);
}
