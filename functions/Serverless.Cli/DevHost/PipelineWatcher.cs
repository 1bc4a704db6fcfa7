using System.Globalization;
using Azure;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.DevHost;

/// <summary>Follows uploaded pages through the stages until each is in the feed or has an error record.</summary>
public sealed class PipelineWatcher(PipelineStorage storage, PipelineQueues queues, FeedIndexStore feedIndex)
{
    public async Task<IReadOnlyList<PageProgress>> WaitAsync(
        IReadOnlyList<string> pageNames, TimeSpan timeout, Action<PageProgress>? onChange, CancellationToken cancellationToken)
    {
        var latest = pageNames.ToDictionary(p => p, p => new PageProgress(p, PageState.Waiting, 0, 0, 0, null));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (latest.Values.Any(p => !p.IsFinal) || !await IdleAsync(deadline.Token))
        {
            try
            {
                await Task.Delay(250, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }

            foreach (var page in latest.Values.Where(p => !p.IsFinal).ToList())
            {
                var next = await ProbeAsync(page.Page, cancellationToken);
                if (next != page)
                {
                    latest[page.Page] = next;
                    onChange?.Invoke(next);
                }
            }
        }

        return latest.Values.ToList();
    }

    /// <summary>
    /// No message waits or runs in any stage queue: a message is deleted only when its function has finished, so the
    /// last stage's outputs (feeds, pages) are written once this holds.
    /// </summary>
    private async Task<bool> IdleAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var queue in queues.All)
            {
                if ((await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount > 0)
                {
                    return false;
                }
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return true; // the deadline ends the wait
        }
    }

    private async Task<PageProgress> ProbeAsync(string pageName, CancellationToken cancellationToken)
    {
        var error = await ReadErrorAsync(pageName, cancellationToken);
        if (error is not null)
        {
            return new PageProgress(pageName, PageState.Failed, 0, 0, 0, error);
        }

        var pageId = ArticleIds.PageId(pageName);
        var drafts = new List<string>();
        await foreach (var blob in storage.Drafts.GetBlobsAsync(prefix: pageId + "/", cancellationToken: cancellationToken))
        {
            drafts.Add(blob.Name);
        }

        if (drafts.Count == 0)
        {
            return new PageProgress(pageName, PageState.Waiting, 0, 0, 0, null);
        }

        var ids = drafts.Select(d => ArticleIds.ArticleId(pageId, int.Parse(Path.GetFileNameWithoutExtension(d), CultureInfo.InvariantCulture))).ToList();
        var enriched = 0;
        foreach (var id in ids)
        {
            enriched += await storage.Articles.GetBlobClient(EnrichPageService.ArticleName(id)).ExistsAsync(cancellationToken) ? 1 : 0;
        }

        // In the feed = anywhere in the archive chain: the subscription document, the open page, or a sealed page.
        var (index, _) = await feedIndex.ReadAsync(cancellationToken);
        var located = await feedIndex.ReadLocatorAsync(FeedScope.All, pageId, cancellationToken);
        var chain = index.Items.Concat(index.Archive).Concat(index.Sealing.SelectMany(p => p.Entries.Items)).Select(e => e.Id).Concat(located.Pages.Keys).ToHashSet();
        var inFeed = ids.Count(chain.Contains);
        var state = inFeed == ids.Count ? PageState.InFeed : PageState.Processing;
        return new PageProgress(pageName, state, drafts.Count, enriched, inFeed, null);
    }

    private async Task<string?> ReadErrorAsync(string pageName, CancellationToken cancellationToken)
    {
        try
        {
            var record = await storage.Errors.GetBlobClient(BlobNames.ErrorRecord(StageNames.SplitPage, pageName)).DownloadContentAsync(cancellationToken);
            return record.Value.Content.ToObjectFromJson<ErrorRecord>(Publishing.Articles.ArticleJson.Options)?.Message;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}

public enum PageState
{
    Waiting,
    Processing,
    InFeed,
    Failed,
}

public sealed record PageProgress(string Page, PageState State, int Drafts, int Enriched, int InFeed, string? Error)
{
    public bool IsFinal => State is PageState.InFeed or PageState.Failed;
}
