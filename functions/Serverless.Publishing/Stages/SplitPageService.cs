using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>
/// Stage 1: a BlobCreated event for pages/{name} → decode, clean, split → drafts/{pageId}/{ordinal}.json, then one
/// message to enrich the page. A version of the page already split (same ETag) by another event is not split again.
/// </summary>
public sealed class SplitPageService(
    PipelineStorage storage, PipelineQueues queues, PageReader reader, PageArticleSplitter splitter, IOptions<IngestOptions> ingest, TimeProvider clock,
    ErrorRecorder errors, ILogger<SplitPageService> logger)
{
    public async Task<SplitOutcome> SplitAsync(PageEvent pageEvent, CancellationToken cancellationToken)
    {
        if (!pageEvent.TryGetBlobName(storage.Pages.Name, out var pageName))
        {
            await errors.RecordAsync(StageNames.SplitPage, queues.PageEvents.Name, pageEvent.Id,
                new PageRejectedException($"The event's subject '{BlobNames.Printable(pageEvent.Subject)}' is not a blob in container '{storage.Pages.Name}'."), cancellationToken);
            return SplitOutcome.Rejected;
        }

        if (pageEvent.EventType == PageEvent.BlobDeleted)
        {
            var withdrawn = await WithdrawPageAsync(pageName, cancellationToken);
            if (withdrawn.Work is { } gone)
            {
                await queues.Enrich.SendMessageAsync(gone.ToJson(), cancellationToken);
            }

            return withdrawn;
        }

        if (!await ClaimAsync(pageName, pageEvent.Id, cancellationToken))
        {
            return SplitOutcome.AlreadySplit;
        }

        var outcome = await SplitAsync(pageName, cancellationToken);
        if (outcome.Work is { } work)
        {
            await queues.Enrich.SendMessageAsync(work.ToJson(), cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// Claims the page's current version for this event in cache/split/{pageId}.json, with a conditional write so that of
    /// two events for one version (upload and event source, or Event Grid's at-least-once delivery) only one does the work.
    /// A retry of the same event keeps its claim.
    /// </summary>
    private async Task<bool> ClaimAsync(string pageName, string eventId, CancellationToken cancellationToken)
    {
        if (!BlobNames.TryParse(pageName, out var name, out _))
        {
            return true; // SplitAsync records the refusal
        }

        string eTag;
        try
        {
            eTag = (await storage.Pages.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ETag.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return true; // SplitAsync records that it vanished
        }

        var marker = storage.Cache.GetBlobClient(BlobNames.SplitMarker(BlobNames.PageId(name)));
        var conditions = new Azure.Storage.Blobs.Models.BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            var current = await marker.DownloadContentAsync(cancellationToken);
            var claim = ArticleJson.Deserialize<SplitMarker>(current.Value.Content);
            if (claim.ETag == eTag && claim.EventId != eventId)
            {
                logger.LogInformation("Page {Page} version {ETag} is split by event {EventId} already; event {Duplicate} does nothing", pageName, eTag, claim.EventId, eventId);
                return false;
            }

            conditions = new Azure.Storage.Blobs.Models.BlobRequestConditions { IfMatch = current.Value.Details.ETag };
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }

        try
        {
            await marker.UploadAsync(ArticleJson.Serialize(new SplitMarker(eTag, eventId)), new Azure.Storage.Blobs.Models.BlobUploadOptions { Conditions = conditions }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            logger.LogInformation("Page {Page}: another event claimed version {ETag} first; event {Duplicate} does nothing", pageName, eTag, eventId);
            return false;
        }
    }

    /// <summary>Splits the page into drafts; returns the work for the enrich stage, or none when rejected, missing or already split.</summary>
    public async Task<SplitOutcome> SplitAsync(string pageName, CancellationToken cancellationToken)
    {
        if (!BlobNames.TryParse(pageName, out var pageBlobName, out var problem))
        {
            await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName, new UnsafeBlobNameException(pageName, problem), cancellationToken);
            return SplitOutcome.Rejected;
        }

        var page = storage.Pages.GetBlobClient(pageBlobName);
        var limits = ingest.Value;
        Response<Azure.Storage.Blobs.Models.BlobDownloadResult> download;
        try
        {
            var properties = (await page.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            var size = properties.ContentLength;
            if (size > limits.MaxPageBytes)
            {
                await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName, new PageRejectedException(
                    $"The page is {size:N0} bytes; Ingest:MaxPageBytes allows {limits.MaxPageBytes:N0}. It was not downloaded."), cancellationToken);
                return SplitOutcome.Rejected;
            }

            download = await page.DownloadContentAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName,
                new PageRejectedException($"The page vanished before it could be split (deleted or renamed after its event): {ex.Message}"), cancellationToken);
            return SplitOutcome.Missing;
        }

        var details = download.Value.Details;
        var info = PageOrigin.Resolve(pageName, details.Metadata, details.CreatedOn, storage.DefaultPublication, limits.DateWindow(clock));
        IReadOnlyList<Article> drafts;
        PageContents contents;
        try
        {
            contents = reader.Read(download.Value.Content.ToMemory(), cancellationToken);
            drafts = splitter.Split(info, contents);
            // per page: a PDF of many pages may hold more articles than one page is allowed
            var mostOnAPage = drafts.CountBy(d => d.Page.PageNumber ?? 0).Max(c => c.Value);
            if (mostOnAPage > limits.MaxArticlesPerPage)
            {
                throw new PageRejectedException($"The page splits into {mostOnAPage} articles; Ingest:MaxArticlesPerPage allows {limits.MaxArticlesPerPage}.");
            }
        }
        catch (PageRejectedException ex)
        {
            await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName, ex, cancellationToken);
            return SplitOutcome.Rejected;
        }

        var pageId = BlobNames.PageId(pageBlobName);
        var articles = storage.Cache.GetBlobClient(BlobNames.SplitArticles(pageId));
        var (stable, withdrawn) = StableOrdinals.Assign(drafts, await ReadArticleRefsAsync(pageId, cancellationToken));
        drafts = stable;
        var written = (await Task.WhenAll(drafts.Select(draft => storage.Drafts.GetBlobClient(BlobNames.Draft(pageId, draft.Page.Ordinal))
            .WriteIfChangedAsync(ArticleJson.Serialize(draft), ContentTypes.Json, cancellationToken)))).Count(changed => changed);

        if (contents.Truncated)
        {
            await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName, new PageRejectedException(splitter.LimitMessage(contents)), cancellationToken);
        }
        else
        {
            await errors.ClearAsync(StageNames.SplitPage, pageBlobName, cancellationToken);
        }

        await articles.WriteIfChangedAsync(ArticleJson.Serialize(StableOrdinals.RefsOf(drafts)), ContentTypes.Json, cancellationToken);
        logger.LogInformation("Split page {Page} into {Count} drafts ({Written} new or changed, {Withdrawn} withdrawn)", pageName, drafts.Count, written, withdrawn.Count);
        return new SplitOutcome(new PageWork(pageBlobName.Value, pageId, [.. drafts.Select(d => d.Page.Ordinal)], withdrawn), details.ETag.ToString());
    }

    /// <summary>
    /// A BlobDeleted event: every article of the page's last split is withdrawn. A page uploaded again since the event
    /// is left to its own BlobCreated event.
    /// </summary>
    public async Task<SplitOutcome> WithdrawPageAsync(string pageName, CancellationToken cancellationToken)
    {
        if (!BlobNames.TryParse(pageName, out var name, out var problem))
        {
            await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName, new UnsafeBlobNameException(pageName, problem), cancellationToken);
            return SplitOutcome.Rejected;
        }

        if (await storage.Pages.GetBlobClient(name).ExistsAsync(cancellationToken))
        {
            logger.LogInformation("Page {Page} was deleted and uploaded again; its new version is split on its own event", pageName);
            return SplitOutcome.AlreadySplit;
        }

        var pageId = BlobNames.PageId(name);
        var previous = await ReadArticleRefsAsync(pageId, cancellationToken);
        await storage.Cache.GetBlobClient(BlobNames.SplitArticles(pageId)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        await storage.Cache.GetBlobClient(BlobNames.SplitMarker(pageId)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        logger.LogInformation("Page {Page} was deleted: withdrawing its {Count} articles", pageName, previous.Count);
        return previous.Count == 0
            ? SplitOutcome.Missing
            : new SplitOutcome(new PageWork(name.Value, pageId, [], [.. previous.Select(p => p.Ordinal)]));
    }

    private async Task<IReadOnlyList<SplitArticleRef>> ReadArticleRefsAsync(string pageId, CancellationToken cancellationToken)
    {
        try
        {
            var content = await storage.Cache.GetBlobClient(BlobNames.SplitArticles(pageId)).DownloadContentAsync(cancellationToken);
            return ArticleJson.Deserialize<List<SplitArticleRef>>(content.Value.Content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }
}

/// <param name="Work">What the enrich stage is to do; null when the page was rejected, missing or already split.</param>
/// <param name="ETag">The version of the page that was split.</param>
public sealed record SplitOutcome(PageWork? Work, string? ETag = null)
{
    public static SplitOutcome Rejected { get; } = new(Work: null);
    public static SplitOutcome Missing { get; } = new(Work: null);
    public static SplitOutcome AlreadySplit { get; } = new(Work: null);

    public string? PageId => Work?.PageId;
    public int Drafts => Work?.Ordinals.Count ?? 0;
}

/// <summary>cache/split/{pageId}.json: which event split which version of the page.</summary>
public sealed record SplitMarker(string ETag, string EventId);
