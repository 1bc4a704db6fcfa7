using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>Stage 3: articles/{articleId}.json → feed index → feed/rss.xml.</summary>
public sealed class PublishFeedService(
    PipelineStorage storage, FeedIndexStore indexStore, IOptions<PublishOptions> options, TimeProvider clock,
    ErrorRecorder errors, ILogger<PublishFeedService> logger)
{
    public const string RssBlob = "rss.xml";

    public async Task PublishAsync(string articleName, CancellationToken cancellationToken)
    {
        Article article;
        try
        {
            var content = await storage.Articles.GetBlobClient(articleName).DownloadContentAsync(cancellationToken);
            article = ArticleJson.Deserialize<Article>(content.Value.Content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            logger.LogWarning("Article {Article} vanished before it could be published", articleName);
            return;
        }
        catch (System.Text.Json.JsonException ex)
        {
            await errors.RecordAsync(StageNames.PublishFeed, storage.Articles.Name, articleName, ex, cancellationToken);
            return;
        }

        var index = await indexStore.UpdateAsync(i => i.Upsert(article, options.Value.MaxItems), cancellationToken);
        var feedUrl = storage.Feed.GetBlobClient(RssBlob).Uri;
        var siteUrl = options.Value.PublicBaseUrl is { } baseUrl ? new Uri(baseUrl, $"{storage.Site.Name}/") : new Uri(storage.Site.Uri + "/");
        var rss = RssFeedWriter.Write(index, options.Value, feedUrl, siteUrl, clock.GetUtcNow());
        await storage.Feed.GetBlobClient(RssBlob).WriteIfChangedAsync(rss, ContentTypes.Rss, cancellationToken, cacheControl: "public, max-age=60");
        logger.LogInformation("Published {ArticleId}; feed holds {Count} items", article.Id, index.Items.Count);
    }
}
