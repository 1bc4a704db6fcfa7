using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>Stage 2: drafts/{pageId}/{ordinal}.json → text analysis → articles/{articleId}.json; a page's drafts in one batch.</summary>
public sealed class EnrichPageService(
    PipelineStorage storage, PipelineQueues queues, ITextAnalyzer analyzer, IOptions<IngestOptions> ingest, TimeProvider clock, ErrorRecorder errors, ILogger<EnrichPageService> logger)
{
    /// <summary>Enriches every draft of the page in one analyzer batch, then sends one message to publish the page.</summary>
    public async Task<IReadOnlyList<Article>> EnrichPageAsync(PageWork work, CancellationToken cancellationToken)
    {
        // The page's blobs are read and written concurrently: each is one round trip, and a page has a dozen.
        var read = await Task.WhenAll(work.Ordinals.Select(o => ReadDraftAsync(BlobNames.Draft(work.PageId, o).Value, cancellationToken)));
        var drafts = read.Where(r => r is not null).Select(r => r!.Value).ToList();
        var articles = await EnrichAsync([.. drafts.Select(d => d.Draft)], analyzer, cancellationToken, ingest.Value.MaxAnalysisChars);
        var written = (await Task.WhenAll(articles.Zip(drafts.Select(d => d.Name)).Select(async pair =>
        {
            var changed = await storage.Articles.GetBlobClient(BlobNames.Article(pair.First.Id))
                .WriteIfChangedAsync(ArticleJson.Serialize(pair.First), ContentTypes.Json, cancellationToken);
            await errors.ClearAsync(StageNames.EnrichArticle, pair.Second, cancellationToken);
            return changed;
        }))).Count(changed => changed);

        if (articles.Count > 0 || work.WithdrawnOrdinals.Count > 0)
        {
            await queues.Publish.SendMessageAsync((work with { Ordinals = [.. articles.Select(a => a.Page.Ordinal)] }).ToJson(), cancellationToken);
        }

        logger.LogInformation("Enriched page {Page}: {Count} of {Drafts} drafts in one batch, {Written} articles new or changed", work.Page, articles.Count, work.Ordinals.Count, written);
        return articles;
    }

    /// <summary>A draft that can be enriched, or null with an error record saying why not.</summary>
    private Task<(Article Draft, SafeBlobName Name)?> ReadDraftAsync(string draftName, CancellationToken cancellationToken) =>
        StoredArticleReader.ReadAsync(storage.Drafts, draftName, BlobNames.TryParseDraft, StageNames.EnrichArticle,
            "The draft vanished before it could be enriched (deleted, or replaced by a newer split)", ingest.Value.DateWindow(clock), errors, cancellationToken);

    /// <summary>Analyses drafts in one batch and merges the results in; shared with the CLI's split --enrich.</summary>
    /// <param name="maxChars">Text past this many characters is not analysed: entity offsets stay valid, since only the end is cut.</param>
    public static async Task<IReadOnlyList<Article>> EnrichAsync(
        IReadOnlyList<Article> drafts, ITextAnalyzer analyzer, CancellationToken cancellationToken, int maxChars = 50_000)
    {
        var documents = drafts.Select(d => new AnalysisDocument(d.Id, Prefix(d.BodyText, maxChars), d.ContentHash, d.Title)).ToList();
        var results = await analyzer.AnalyzeAsync(documents, cancellationToken);
        return drafts.Zip(results, (draft, analysis) => draft with
        {
            Language = analysis.Language,
            KeyPhrases = analysis.KeyPhrases,
            Entities = analysis.Entities,
            Sentiment = analysis.Sentiment,
            Summary = analysis.Summary,
            Analysis = analysis.Analysis,
        }).ToList();
    }

    private static string Prefix(string text, int maxChars) =>
        text.Length <= maxChars ? text : text[..(char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars)];

    /// <summary>The article's blob name in the articles container.</summary>
    public static string ArticleName(string articleId) => BlobNames.Article(articleId).Value;
}
