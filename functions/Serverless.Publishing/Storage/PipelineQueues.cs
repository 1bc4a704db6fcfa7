using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Serverless.Publishing.Storage;

/// <summary>The queues between the stages, on the pipeline account.</summary>
public sealed class PipelineQueues(QueueServiceClient service, IOptions<StorageOptions> options)
{
    private readonly StorageOptions names = options.Value;

    public QueueClient PageEvents => service.GetQueueClient(names.PageEventsQueue);
    public QueueClient Enrich => service.GetQueueClient(names.EnrichQueue);
    public QueueClient Publish => service.GetQueueClient(names.PublishQueue);

    public IEnumerable<QueueClient> All => [PageEvents, Enrich, Publish];

    public QueueClient Poison(QueueClient queue) => service.GetQueueClient(Queues.Poison(queue.Name));

    public async Task EnsureQueuesAsync(CancellationToken cancellationToken)
    {
        foreach (var queue in All)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await Poison(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
