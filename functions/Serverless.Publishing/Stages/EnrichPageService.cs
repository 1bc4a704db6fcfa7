using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>Stage 2: drafts/{pageId}/{ordinal}.json → text analysis → articles/{articleId}.json.</summary>
public sealed class EnrichArticleService(
    PipelineStorage storage, ITextAnalyzer analyzer, IOptions<IngestOptions> ingest, TimeProvider clock, ErrorRecorder errors, ILogger<EnrichArticleService> logger)
{
    public async Task<Article?> EnrichAsync(string draftName, CancellationToken cancellationToken)
    {
        Article draft;
        SafeBlobName name;
        try
        {
            if (!BlobNames.TryParseDraft(draftName, out name, out var expectedId, out var problem))
            {
                throw new UnsafeBlobNameException(draftName, problem);
            }

            var content = await storage.Drafts.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            draft = ArticleJson.Deserialize<Article>(content.Value.Content);
            ArticleChecks.Check(draft, expectedId, ingest.Value.DateWindow(clock));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            logger.LogWarning("Draft {Draft} vanished before it could be enriched", draftName);
            return null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or UnsafeBlobNameException or InvalidArticleException)
        {
            await errors.RecordAsync(StageNames.EnrichArticle, storage.Drafts.Name, draftName, ex, cancellationToken);
            return null;
        }

        var article = (await EnrichAsync([draft], analyzer, cancellationToken))[0];
        var written = await storage.Articles.GetBlobClient(BlobNames.Article(article.Id))
            .WriteIfChangedAsync(ArticleJson.Serialize(article), ContentTypes.Json, cancellationToken);
        await errors.ClearAsync(StageNames.EnrichArticle, name, cancellationToken);
        logger.LogInformation("Enriched {ArticleId} ({Language}, {Provider}); written: {Written}", article.Id, article.Language, article.Analysis?.Provider, written);
        return article;
    }

    /// <summary>Analyses drafts in one batch and merges the results in; shared with the CLI's split --enrich.</summary>
    public static async Task<IReadOnlyList<Article>> EnrichAsync(IReadOnlyList<Article> drafts, ITextAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var documents = drafts.Select(d => new AnalysisDocument(d.Id, d.BodyText, d.ContentHash, d.Title)).ToList();
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

    /// <summary>The article's blob name in the articles container.</summary>
    public static string ArticleName(string articleId) => BlobNames.Article(articleId).Value;
}
