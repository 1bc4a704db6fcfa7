using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Site;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>
/// Stage 3: articles/{articleId}.json → feed indexes (all, and the article's publication) → feeds and pages.
/// Costs a fixed number of storage requests whatever the archive's size: it reads one article and two small indexes, never lists.
/// </summary>
public sealed class PublishFeedService(
    PipelineStorage storage, FeedIndexStore indexes, FeedPublisher publisher, ArticlePageWriter articlePage,
    IOptions<PublishOptions> options, IOptions<IngestOptions> ingest, TimeProvider clock, ErrorRecorder errors, ILogger<PublishFeedService> logger)
{
    /// <summary>The all-publications RSS feed in the feed container.</summary>
    public const string RssBlob = "rss.xml";

    public async Task PublishAsync(string articleBlobName, CancellationToken cancellationToken)
    {
        Article article;
        SafeBlobName name;
        var window = ingest.Value.DateWindow(clock);
        try
        {
            if (!BlobNames.TryParseArticle(articleBlobName, out name, out var expectedId, out var problem))
            {
                throw new UnsafeBlobNameException(articleBlobName, problem);
            }

            var content = await storage.Articles.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            article = ArticleJson.Deserialize<Article>(content.Value.Content);
            ArticleChecks.Check(article, expectedId, window);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            logger.LogWarning("Article {Article} vanished before it could be published", articleBlobName);
            return;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or UnsafeBlobNameException or InvalidArticleException)
        {
            await errors.RecordAsync(StageNames.PublishFeed, storage.Articles.Name, articleBlobName, ex, cancellationToken);
            return;
        }

        var entry = FeedEntry.From(article, clock.GetUtcNow());
        await Task.WhenAll(
            PublishToAsync(FeedScope.All, entry, window, cancellationToken),
            PublishToAsync(FeedScope.For(entry.Publication), entry, window, cancellationToken),
            storage.Site.GetBlobClient(BlobNames.ArticlePage(entry.Id))
                .WriteIfChangedAsync(articlePage.Write(entry), ContentTypes.Html, cancellationToken, cacheControl: options.Value.PageCacheControl));
        await errors.ClearAsync(StageNames.PublishFeed, name, cancellationToken);
        logger.LogInformation("Published {ArticleId} (revision {Revision}) to the feeds of all publications and {Publication}", entry.Id, entry.Revision, entry.Publication);
    }

    private async Task PublishToAsync(FeedScope scope, FeedEntry entry, PageDateWindow window, CancellationToken cancellationToken)
    {
        // Outputs are rendered even when the index did not change: cheap (one HEAD per output when equal), and it repairs
        // outputs a failed earlier attempt left unwritten. Entries that cannot be rendered leave the index, reported.
        var skipped = new List<(FeedEntry Entry, string Problem)>();
        var index = await indexes.UpdateAsync(scope, i =>
        {
            skipped = [.. i.Items.Select(e => (Entry: e, Problem: ArticleChecks.ProblemOf(e, window)!)).Where(p => p.Problem is not null)];
            var kept = skipped.Count == 0 ? i : i with { Items = [.. i.Items.Except(skipped.Select(p => p.Entry))], Version = i.Version + 1 };
            return kept.Upsert(entry, options.Value.MaxItems);
        }, cancellationToken);
        foreach (var (bad, problem) in skipped)
        {
            await errors.RecordAsync(StageNames.PublishFeed, storage.Cache.Name, $"{scope.IndexBlobName}/{bad.Id}",
                new InvalidArticleException($"Feed entry '{BlobNames.Printable(bad.Id)}' was dropped from the feed index: {problem}."), cancellationToken);
        }

        await publisher.PublishAsync(scope, index, cancellationToken);
    }
}
