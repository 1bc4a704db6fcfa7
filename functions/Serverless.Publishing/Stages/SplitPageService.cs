using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>Stage 1: pages/{name} → decode, clean, split → drafts/{pageId}/{ordinal}.json.</summary>
public sealed class SplitPageService(
    PipelineStorage storage, PageReader reader, PageArticleSplitter splitter, IOptions<IngestOptions> ingest, TimeProvider clock,
    ErrorRecorder errors, ILogger<SplitPageService> logger)
{
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
            var size = (await page.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
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
            logger.LogWarning("Page {Page} vanished before it could be split", pageName);
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
        var written = 0;
        foreach (var draft in drafts)
        {
            var blob = storage.Drafts.GetBlobClient(BlobNames.Draft(pageId, draft.Page.Ordinal));
            written += await blob.WriteIfChangedAsync(ArticleJson.Serialize(draft), ContentTypes.Json, cancellationToken) ? 1 : 0;
        }

        if (contents.Truncated)
        {
            await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName, new PageRejectedException(splitter.LimitMessage(contents)), cancellationToken);
        }
        else
        {
            await errors.ClearAsync(StageNames.SplitPage, pageBlobName, cancellationToken);
        }

        logger.LogInformation("Split page {Page} into {Count} drafts ({Written} new or changed)", pageName, drafts.Count, written);
        return new SplitOutcome(pageId, drafts.Count);
    }
}

/// <param name="PageId">Null when the page was rejected or missing.</param>
public sealed record SplitOutcome(string? PageId, int Drafts)
{
    public static SplitOutcome Rejected { get; } = new(null, 0);
    public static SplitOutcome Missing { get; } = new(null, 0);
}
