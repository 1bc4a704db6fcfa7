using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>
/// What a draft, article or feed entry read back from storage must hold before a stage acts on it: anything in a
/// private container may have been written by hand or by an older version, so its id and page are checked by the same
/// rules as incoming names, and its fields and date like a new page's.
/// </summary>
public static class ArticleChecks
{
    /// <summary>Throws when <paramref name="article"/> cannot go on as the blob that holds article <paramref name="expectedId"/>.</summary>
    /// <exception cref="UnsafeBlobNameException">The id or page blob breaks the naming rules or does not match the blob.</exception>
    /// <exception cref="InvalidArticleException">A field is missing, or the page date is no date within the window.</exception>
    public static void Check(Article article, string expectedId, PageDateWindow window)
    {
        if (BlobNames.IdProblemOf(article.Id) is { } idProblem)
        {
            throw new UnsafeBlobNameException(article.Id ?? "", idProblem);
        }

        if (article.Id != expectedId)
        {
            throw new UnsafeBlobNameException(article.Id, $"the blob holding it is named for article '{expectedId}'");
        }

        if (article.Page is null)
        {
            throw new InvalidArticleException("The article has no 'page'.");
        }

        if (BlobNames.ProblemOf(article.Page.Blob) is { } pageProblem)
        {
            throw new UnsafeBlobNameException(article.Page.Blob ?? "", $"page.blob: {pageProblem}");
        }

        if (MissingField(article) is { } field)
        {
            throw new InvalidArticleException($"The article has no '{field}'.");
        }

        if (window.ProblemOf(article.Page.Published) is { } dateProblem)
        {
            throw new InvalidArticleException($"page.published: {dateProblem}.");
        }
    }

    /// <summary>Why an entry already in a feed index cannot be rendered, or null.</summary>
    public static string? ProblemOf(FeedEntry entry, PageDateWindow window) =>
        BlobNames.IdProblemOf(entry.Id) ?? (string.IsNullOrWhiteSpace(entry.Title) ? "the title is missing" : null) ?? window.ProblemOf(entry.Published);

    // JSON null or an empty object deserialises into nulls that the types do not admit.
    private static string? MissingField(Article article) => article switch
    {
        { Page.Publication: null or "" } => "page.publication",
        { Page.Ordinal: < 1 } => "page.ordinal",
        _ when string.IsNullOrWhiteSpace(article.Title) => "title",
        { Paragraphs: null } => "paragraphs",
        { Authors: null } => "authors",
        { Notes: null } => "notes",
        { KeyPhrases: null } => "keyPhrases",
        { Entities: null } => "entities",
        { Summary: null } => "summary",
        { Warnings: null } => "warnings",
        { ContentHash: null or "" } => "contentHash",
        _ => null,
    };
}
