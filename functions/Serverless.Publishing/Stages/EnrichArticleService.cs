using Azure;
using Microsoft.Extensions.Logging;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>Stage 2: drafts/{pageId}/{ordinal}.json → text analysis → articles/{articleId}.json.</summary>
public sealed class EnrichArticleService(
    PipelineStorage storage, ITextAnalyzer analyzer, ErrorRecorder errors, ILogger<EnrichArticleService> logger)
{
    public async Task<Article?> EnrichAsync(string draftName, CancellationToken cancellationToken)
    {
        Article draft;
        try
        {
            var content = await storage.Drafts.GetBlobClient(draftName).DownloadContentAsync(cancellationToken);
            draft = ArticleJson.Deserialize<Article>(content.Value.Content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            logger.LogWarning("Draft {Draft} vanished before it could be enriched", draftName);
            return null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            await errors.RecordAsync(StageNames.EnrichArticle, storage.Drafts.Name, draftName, ex, cancellationToken);
            return null;
        }

        var article = (await EnrichAsync([draft], analyzer, cancellationToken))[0];
        var written = await storage.Articles.GetBlobClient(ArticleName(article.Id))
            .WriteIfChangedAsync(ArticleJson.Serialize(article), ContentTypes.Json, cancellationToken);
        await errors.ClearAsync(StageNames.EnrichArticle, draftName, cancellationToken);
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

    public static string ArticleName(string articleId) => $"{articleId}.json";
}
