using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Site;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>
/// Stage 3: a page's articles/{articleId}.json → feed indexes (all, and each publication on the page) → feeds and pages.
/// Costs a fixed number of storage requests whatever the archive's size: it reads one article and two small indexes, never lists.
/// </summary>
public sealed class PublishFeedService(
    PipelineStorage storage, FeedIndexStore indexes, FeedPublisher publisher, ArticlePageWriter articlePage,
    IOptions<PublishOptions> options, IOptions<IngestOptions> ingest, TimeProvider clock, ErrorRecorder errors, ILogger<PublishFeedService> logger)
{
    /// <summary>The all-publications RSS feed in the feed container.</summary>
    public const string RssBlob = "rss.xml";

    /// <summary>Publishes every article of the page: one feed-index update and one render per scope.</summary>
    public async Task<int> PublishPageAsync(PageWork work, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(work.ArticleIds.Select(id => ReadArticleAsync(BlobNames.Article(id).Value, cancellationToken)));
        var articles = read.Where(r => r is not null).Select(r => r!.Value).ToList();
        await PublishAsync(articles, cancellationToken);
        logger.LogInformation("Published page {Page}: {Count} of {Articles} articles to the feeds", work.Page, articles.Count, work.Ordinals.Count);
        return articles.Count;
    }

    /// <summary>Re-publishes one article blob, e.g. after an editor changed it (the `republish` verb).</summary>
    public async Task<bool> PublishAsync(string articleBlobName, CancellationToken cancellationToken)
    {
        if (await ReadArticleAsync(articleBlobName, cancellationToken) is not { } article)
        {
            return false;
        }

        await PublishAsync([article], cancellationToken);
        logger.LogInformation("Published {ArticleId}", article.Article.Id);
        return true;
    }

    private async Task PublishAsync(IReadOnlyList<(Article Article, SafeBlobName Name)> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var window = ingest.Value.DateWindow(clock);
        var now = clock.GetUtcNow();
        var entries = articles.Select(a => FeedEntry.From(a.Article, now)).ToList();
        var feeds = entries.GroupBy(e => FeedScope.For(e.Publication))
            .Select(g => PublishToAsync(g.Key, [.. g], window, cancellationToken))
            .Append(PublishToAsync(FeedScope.All, entries, window, cancellationToken));
        var pages = entries.Select(e => storage.Site.GetBlobClient(BlobNames.ArticlePage(e.Id))
            .WriteIfChangedAsync(articlePage.Write(e), ContentTypes.Html, cancellationToken, cacheControl: options.Value.PageCacheControl));
        var cleared = articles.Select(a => errors.ClearAsync(StageNames.PublishFeed, a.Name, cancellationToken));
        await Task.WhenAll(feeds.Concat(pages).Concat(cleared));
    }

    /// <summary>An article that can be published, or null with an error record saying why not.</summary>
    private Task<(Article Article, SafeBlobName Name)?> ReadArticleAsync(string articleBlobName, CancellationToken cancellationToken) =>
        StoredArticleReader.ReadAsync(storage.Articles, articleBlobName, BlobNames.TryParseArticle, StageNames.PublishFeed,
            "The article vanished before it could be published", ingest.Value.DateWindow(clock), errors, cancellationToken);

    private async Task PublishToAsync(FeedScope scope, IReadOnlyList<FeedEntry> entries, PageDateWindow window, CancellationToken cancellationToken)
    {
        // Outputs are rendered even when the index did not change: cheap (one HEAD per output when equal), and it repairs
        // outputs a failed earlier attempt left unwritten. Entries that cannot be rendered leave the index, reported.
        var skipped = new List<(FeedEntry Entry, string Problem)>();
        var index = await indexes.UpdateAsync(scope, i =>
        {
            skipped = [.. i.Items.Select(e => (Entry: e, Problem: ArticleChecks.ProblemOf(e, window)!)).Where(p => p.Problem is not null)];
            var kept = skipped.Count == 0 ? i : i with { Items = [.. i.Items.Except(skipped.Select(p => p.Entry))], Version = i.Version + 1 };
            return entries.Aggregate(kept, (index, entry) => index.Upsert(entry, options.Value.MaxItems));
        }, cancellationToken);
        foreach (var (bad, problem) in skipped)
        {
            await errors.RecordAsync(StageNames.PublishFeed, storage.Cache.Name, $"{scope.IndexBlobName}/{bad.Id}",
                new InvalidArticleException($"Feed entry '{BlobNames.Printable(bad.Id)}' was dropped from the feed index: {problem}."), cancellationToken);
        }

        await publisher.PublishAsync(scope, index, cancellationToken);
    }
}
