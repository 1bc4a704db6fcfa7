using System.Globalization;
using Microsoft.Extensions.Logging;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.DevHost;

/// <summary>
/// Safety net for the dev host on Azurite. Azurite stamps a blob's Last-Modified when its upload starts, so a blob
/// whose upload overlaps a container scan can appear behind the WebJobs scanner's watermark and never trigger.
/// After a page is split, this checks its drafts and articles for a while and runs a stage that was missed.
/// The stages are idempotent, so a follow-up that races the trigger costs a read, not a duplicate.
/// </summary>
public sealed class StageFollowUp(
    PipelineStorage storage, EnrichArticleService enrich, PublishFeedService publish, FeedIndexStore feedIndex,
    ILogger<StageFollowUp> logger)
{
    public static TimeSpan Settle { get; set; } = TimeSpan.FromSeconds(5);

    private const int Rounds = 6;

    public Task FollowAsync(string pageId, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            try
            {
                for (var round = 0; round < Rounds; round++)
                {
                    await Task.Delay(Settle, cancellationToken);
                    if (await CatchUpAsync(pageId, cancellationToken) == 0)
                    {
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Follow-up of page {PageId} failed; its blob triggers still apply", pageId);
            }
        }, CancellationToken.None);

    /// <summary>Runs the stages whose trigger has not produced an output yet; returns how many it ran.</summary>
    private async Task<int> CatchUpAsync(string pageId, CancellationToken cancellationToken)
    {
        var (index, _) = await feedIndex.ReadAsync(cancellationToken);
        var inFeed = index.Items.Select(e => e.Id).ToHashSet();
        var ran = 0;
        await foreach (var draft in storage.Drafts.GetBlobsAsync(prefix: pageId + "/", cancellationToken: cancellationToken))
        {
            var ordinal = int.Parse(Path.GetFileNameWithoutExtension(draft.Name), CultureInfo.InvariantCulture);
            var articleName = EnrichArticleService.ArticleName(ArticleIds.ArticleId(pageId, ordinal));
            var article = storage.Articles.GetBlobClient(articleName);
            if (!await article.ExistsAsync(cancellationToken))
            {
                logger.LogWarning("Trigger missed draft {Draft}; enriching it from the follow-up", draft.Name);
                await enrich.EnrichAsync(draft.Name, cancellationToken);
                ran++;
            }
            else if (!inFeed.Contains(ArticleIds.ArticleId(pageId, ordinal)))
            {
                logger.LogWarning("Trigger missed article {Article}; publishing it from the follow-up", articleName);
                await publish.PublishAsync(articleName, cancellationToken);
                ran++;
            }
        }

        return ran;
    }
}
