using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.DevHost;

/// <summary>
/// Dev-host safety net for Azurite. Azurite stamps a blob's Last-Modified when its upload starts, so a blob whose
/// upload overlaps a container scan can land behind the WebJobs scanner's watermark and never trigger. Every few
/// seconds this looks at the recently changed blobs of the three triggered containers and runs the stage of any
/// blob that has no output yet. Stages are idempotent, so racing a late trigger costs a read, not a duplicate.
/// </summary>
public sealed class MissedTriggerSweeper(
    PipelineStorage storage, SplitPageService split, EnrichArticleService enrich, PublishFeedService publish,
    FeedIndexStore feedIndex, ILogger<MissedTriggerSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    // Younger blobs still belong to the trigger; older ones were handled before this host started.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(3);

    private readonly ConcurrentDictionary<string, ETag> settled = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogDebug(ex, "Sweep for missed triggers failed; trying again in {Interval}", Interval);
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        await foreach (var page in RecentAsync(storage.Pages, cancellationToken))
        {
            await SettleAsync(page, () => SplitDoneAsync(page.Name, cancellationToken), () => split.SplitAsync(page.Name, cancellationToken));
        }

        await foreach (var draft in RecentAsync(storage.Drafts, cancellationToken))
        {
            var article = storage.Articles.GetBlobClient(EnrichArticleService.ArticleName(ArticleIdOf(draft.Name)));
            await SettleAsync(draft, async () => (await article.ExistsAsync(cancellationToken)).Value, () => enrich.EnrichAsync(draft.Name, cancellationToken));
        }

        var (index, _) = await feedIndex.ReadAsync(cancellationToken);
        var inFeed = index.Items.Select(e => e.Id).ToHashSet();
        await foreach (var article in RecentAsync(storage.Articles, cancellationToken))
        {
            var id = Path.GetFileNameWithoutExtension(article.Name);
            await SettleAsync(article, () => Task.FromResult(inFeed.Contains(id)), () => publish.PublishAsync(article.Name, cancellationToken));
        }
    }

    /// <summary>Runs the stage once for a blob version without output; remembers versions that are settled.</summary>
    private async Task SettleAsync(BlobItem blob, Func<Task<bool>> hasOutput, Func<Task> runStage)
    {
        var key = blob.Name;
        if (settled.TryGetValue(key, out var etag) && etag == blob.Properties.ETag)
        {
            return;
        }

        if (!await hasOutput())
        {
            logger.LogWarning("Blob trigger missed {Blob}; running its stage from the sweeper", blob.Name);
            await runStage();
        }

        settled[key] = blob.Properties.ETag ?? default;
    }

    private async IAsyncEnumerable<BlobItem> RecentAsync(BlobContainerClient container, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var age = now - (blob.Properties.LastModified ?? now);
            if (age >= Grace && age <= Window)
            {
                yield return blob;
            }
        }
    }

    private async Task<bool> SplitDoneAsync(string pageName, CancellationToken cancellationToken)
    {
        var pageId = ArticleIds.PageId(pageName);
        await foreach (var _ in storage.Drafts.GetBlobsAsync(prefix: pageId + "/", cancellationToken: cancellationToken))
        {
            return true;
        }

        return (await storage.Errors.GetBlobClient(BlobNames.ErrorRecord(StageNames.SplitPage, pageName)).ExistsAsync(cancellationToken)).Value;
    }

    private static string ArticleIdOf(string draftName)
    {
        var pageId = draftName[..draftName.IndexOf('/')];
        return ArticleIds.ArticleId(pageId, int.Parse(Path.GetFileNameWithoutExtension(draftName), CultureInfo.InvariantCulture));
    }
}
