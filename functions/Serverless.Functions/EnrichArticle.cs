using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Functions;

public sealed class EnrichArticle(EnrichArticleService service)
{
    [Function(nameof(EnrichArticle))]
    public Task Run(
        [BlobTrigger(Containers.Drafts + "/{name}", Connection = ConnectionNames.Pipeline, Source = BlobTriggerSource.EventGrid)] BlobClient draft,
        string name,
        CancellationToken cancellationToken) =>
        service.EnrichAsync(name, cancellationToken);
}
