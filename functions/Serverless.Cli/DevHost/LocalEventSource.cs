using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.DevHost;

/// <summary>
/// Stands in for Event Grid, which Azurite lacks: watches only the pages container and posts a BlobCreated event to the
/// page-events queue for every blob that is new or has a new ETag, and a BlobDeleted event for every blob it posted
/// that a whole listing no longer shows. The ETags it has posted are kept in
/// cache/local-events/pages.json, so pages uploaded while the host was down are posted when it starts. It is the only poller.
/// </summary>
public sealed class LocalEventSource(PipelineStorage storage, PipelineQueues queues, IOptions<DevHostOptions> options, TimeProvider clock, ILogger<LocalEventSource> logger)
    : BackgroundService
{
    private const string StateBlob = "local-events/pages.json";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await queues.EnsureQueuesAsync(stoppingToken);
        var posted = await LoadAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.EventPollInterval, clock);
        do
        {
            try
            {
                if (await PostNewAsync(posted, stoppingToken))
                {
                    await SaveAsync(posted, stoppingToken);
                }
            }
            catch (RequestFailedException ex)
            {
                logger.LogWarning("The local event source could not list {Container}: {Reason}", storage.Pages.Name, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Posts an event for each new, changed or deleted page; returns whether any was posted.</summary>
    private async Task<bool> PostNewAsync(Dictionary<string, string> posted, CancellationToken cancellationToken)
    {
        var any = false;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in storage.Pages.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken))
        {
            listed.Add(blob.Name);
            var eTag = blob.Properties.ETag?.ToString() ?? "";
            if (posted.TryGetValue(blob.Name, out var known) && known == eTag)
            {
                continue;
            }

            var uri = storage.Pages.GetBlobClient(blob.Name).Uri;
            var pageEvent = PageEvent.Created(uri, storage.Pages.Name, blob.Name, eTag, blob.Properties.ContentLength ?? 0, blob.Properties.ContentType, clock.GetUtcNow());
            await queues.PageEvents.SendMessageAsync(pageEvent.ToJson(), cancellationToken);
            posted[blob.Name] = eTag;
            any = true;
            logger.LogInformation("Posted BlobCreated for {Page}", BlobNames.Printable(blob.Name));
        }

        foreach (var gone in posted.Keys.Where(name => !listed.Contains(name)).ToList())
        {
            var pageEvent = PageEvent.Deleted(storage.Pages.GetBlobClient(gone).Uri, storage.Pages.Name, gone, clock.GetUtcNow());
            await queues.PageEvents.SendMessageAsync(pageEvent.ToJson(), cancellationToken);
            posted.Remove(gone);
            any = true;
            logger.LogInformation("Posted BlobDeleted for {Page}", BlobNames.Printable(gone));
        }

        return any;
    }

    private async Task<Dictionary<string, string>> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var state = await storage.Cache.GetBlobClient(StateBlob).DownloadContentAsync(cancellationToken);
            return ArticleJson.Deserialize<Dictionary<string, string>>(state.Value.Content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
    }

    private Task SaveAsync(Dictionary<string, string> posted, CancellationToken cancellationToken) =>
        storage.Cache.GetBlobClient(StateBlob).UploadAsync(ArticleJson.Serialize(posted), overwrite: true, cancellationToken);
}
