using Azure;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Archive;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>
/// The articles a page no longer has. Their feed entries are removed first; their site page, draft and article blobs
/// are deleted last (the uploaded page stays as it is), so a retry after a crash still knows their publication.
/// </summary>
public sealed class PageWithdrawals(PipelineStorage storage, TimeProvider clock)
{
    /// <summary>The withdrawn articles that were enriched, with the publication whose feed holds them.</summary>
    public async Task<IReadOnlyList<WithdrawnArticle>> ReadAsync(PageWork work, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(work.WithdrawnOrdinals.Select(async ordinal =>
        {
            var id = ArticleIds.ArticleId(work.PageId, ordinal);
            try
            {
                var content = await storage.Articles.GetBlobClient(BlobNames.Article(id)).DownloadContentAsync(cancellationToken);
                var entry = FeedEntry.From(ArticleJson.Deserialize<Article>(content.Value.Content), clock.GetUtcNow());
                return new WithdrawnArticle(id, work.PageId, entry.Publication);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null; // never enriched, or withdrawn by an earlier attempt that got to the end
            }
        }));
        return [.. read.OfType<WithdrawnArticle>()];
    }

    public async Task RemoveBlobsAsync(PageWork work, CancellationToken cancellationToken)
    {
        foreach (var ordinal in work.WithdrawnOrdinals)
        {
            var id = ArticleIds.ArticleId(work.PageId, ordinal);
            await storage.Site.GetBlobClient(BlobNames.ArticlePage(id)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            await storage.Drafts.GetBlobClient(BlobNames.Draft(work.PageId, ordinal)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            await storage.Articles.GetBlobClient(BlobNames.Article(id)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
