using Azure;
using Microsoft.Extensions.Logging;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>Stage 1: pages/{name} → decode, clean, split → drafts/{pageId}/{ordinal}.json.</summary>
public sealed class SplitPageService(
    PipelineStorage storage, PageReader reader, PageArticleSplitter splitter, ErrorRecorder errors, ILogger<SplitPageService> logger)
{
    public async Task<SplitOutcome> SplitAsync(string pageName, CancellationToken cancellationToken)
    {
        var page = storage.Pages.GetBlobClient(pageName);
        Response<Azure.Storage.Blobs.Models.BlobDownloadResult> download;
        try
        {
            download = await page.DownloadContentAsync(cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            logger.LogWarning("Page {Page} vanished before it could be split", pageName);
            return SplitOutcome.Missing;
        }

        var details = download.Value.Details;
        var info = PageOrigin.Resolve(pageName, details.Metadata, details.CreatedOn, storage.DefaultPublication);
        IReadOnlyList<Article> drafts;
        PageContents contents;
        try
        {
            contents = reader.Read(download.Value.Content.ToMemory(), cancellationToken);
            drafts = splitter.Split(info, contents);
        }
        catch (PageRejectedException ex)
        {
            await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName, ex, cancellationToken);
            return SplitOutcome.Rejected;
        }

        var pageId = ArticleIds.PageId(pageName);
        var written = 0;
        foreach (var draft in drafts)
        {
            var blob = storage.Drafts.GetBlobClient(DraftName(pageId, draft.Page.Ordinal));
            written += await blob.WriteIfChangedAsync(ArticleJson.Serialize(draft), ContentTypes.Json, cancellationToken) ? 1 : 0;
        }

        if (contents.Truncated)
        {
            await errors.RecordAsync(StageNames.SplitPage, storage.Pages.Name, pageName, new PageRejectedException(splitter.LimitMessage(contents)), cancellationToken);
        }
        else
        {
            await errors.ClearAsync(StageNames.SplitPage, pageName, cancellationToken);
        }

        logger.LogInformation("Split page {Page} into {Count} drafts ({Written} new or changed)", pageName, drafts.Count, written);
        return new SplitOutcome(pageId, drafts.Count);
    }

    public static string DraftName(string pageId, int ordinal) => $"{pageId}/{ordinal:D2}.json";
}

/// <param name="PageId">Null when the page was rejected or missing.</param>
public sealed record SplitOutcome(string? PageId, int Drafts)
{
    public static SplitOutcome Rejected { get; } = new(null, 0);
    public static SplitOutcome Missing { get; } = new(null, 0);
}
