using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Archive;
using Serverless.Publishing.Publishing.Site;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>
/// Stage 3: a page's articles/{articleId}.json → feed indexes (all, and each publication on the page) → feeds and pages;
/// the articles a new split of the page no longer has leave every feed, archive page and site page.
/// Costs a fixed number of storage requests whatever the archive's size: it reads the page's articles, two small indexes
/// and a locator per scope, never lists.
/// </summary>
public sealed class PublishFeedService(
    PipelineStorage storage, FeedArchive archive, PageWithdrawals withdrawals, ArticlePageWriter articlePage,
    IOptions<PublishOptions> options, IOptions<IngestOptions> ingest, TimeProvider clock, ErrorRecorder errors, ILogger<PublishFeedService> logger)
{
    /// <summary>The all-publications RSS feed in the feed container.</summary>
    public const string RssBlob = "rss.xml";

    /// <summary>Publishes every article of the page, and withdraws those the page no longer has: one feed-index update and one render per scope.</summary>
    public async Task<int> PublishPageAsync(PageWork work, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(work.ArticleIds.Select(id => ReadArticleAsync(BlobNames.Article(id).Value, cancellationToken)));
        var articles = read.Where(r => r is not null).Select(r => r!.Value).ToList();
        var withdrawn = await withdrawals.ReadAsync(work, cancellationToken);
        await PublishAsync(articles, withdrawn, cancellationToken);
        await withdrawals.RemoveBlobsAsync(work, cancellationToken);
        logger.LogInformation("Published page {Page}: {Count} of {Articles} articles to the feeds, {Withdrawn} withdrawn",
            work.Page, articles.Count, work.Ordinals.Count, withdrawn.Count);
        return articles.Count;
    }

    /// <summary>Re-publishes one article blob, e.g. after an editor changed it (the `republish` verb).</summary>
    public async Task<bool> PublishAsync(string articleBlobName, CancellationToken cancellationToken)
    {
        if (await ReadArticleAsync(articleBlobName, cancellationToken) is not { } article)
        {
            return false;
        }

        await PublishAsync([article], [], cancellationToken);
        logger.LogInformation("Published {ArticleId}", article.Article.Id);
        return true;
    }

    private async Task PublishAsync(
        IReadOnlyList<(Article Article, SafeBlobName Name)> articles, IReadOnlyList<WithdrawnArticle> withdrawn, CancellationToken cancellationToken)
    {
        if (articles.Count == 0 && withdrawn.Count == 0)
        {
            return;
        }

        var window = ingest.Value.DateWindow(clock);
        var now = clock.GetUtcNow();
        var entries = articles.Select(a => FeedEntry.From(a.Article, now)).ToList();
        var scopes = entries.Select(e => e.Publication).Concat(withdrawn.Select(w => w.Publication)).Distinct(StringComparer.Ordinal)
            .Select(FeedScope.For).Append(FeedScope.All);
        var feeds = scopes.Select(scope => archive.PublishAsync(
            scope,
            [.. entries.Where(e => scope.Publication is null || e.Publication == scope.Publication)],
            [.. withdrawn.Where(w => scope.Publication is null || w.Publication == scope.Publication)],
            window,
            cancellationToken));
        var pages = entries.Select(e => storage.Site.GetBlobClient(BlobNames.ArticlePage(e.Id))
            .WriteIfChangedAsync(articlePage.Write(e), ContentTypes.Html, cancellationToken, cacheControl: options.Value.PageCacheControl));
        var cleared = articles.Select(a => errors.ClearAsync(StageNames.PublishFeed, a.Name, cancellationToken));
        await Task.WhenAll(feeds.Concat(pages).Concat(cleared));
    }

    /// <summary>An article that can be published, or null with an error record saying why not.</summary>
    private Task<(Article Article, SafeBlobName Name)?> ReadArticleAsync(string articleBlobName, CancellationToken cancellationToken) =>
        StoredArticleReader.ReadAsync(storage.Articles, articleBlobName, BlobNames.TryParseArticle, StageNames.PublishFeed,
            "The article vanished before it could be published", ingest.Value.DateWindow(clock), errors, cancellationToken);
}
