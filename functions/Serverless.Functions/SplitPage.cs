using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Functions;

public sealed class SplitPage(SplitPageService service)
{
    [Function(nameof(SplitPage))]
    public Task Run(
        [BlobTrigger(Containers.Pages + "/{name}", Connection = ConnectionNames.Pipeline, Source = BlobTriggerSource.EventGrid)] BlobClient page,
        string name,
        CancellationToken cancellationToken) =>
        service.SplitAsync(name, cancellationToken);
}
