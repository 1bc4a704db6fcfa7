using Serverless.Publishing.Articles;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>
/// What a draft or article read back from storage must hold before a stage acts on it: anything in a private
/// container may have been written by hand, so its id and page are checked by the same rules as incoming names.
/// </summary>
public static class ArticleChecks
{
    /// <summary>Throws when <paramref name="article"/> cannot go on as the blob that holds article <paramref name="expectedId"/>.</summary>
    /// <exception cref="UnsafeBlobNameException">The id or page blob breaks the naming rules or does not match the blob.</exception>
    public static void Check(Article article, string expectedId)
    {
        if (BlobNames.IdProblemOf(article.Id) is { } idProblem)
        {
            throw new UnsafeBlobNameException(article.Id ?? "", idProblem);
        }

        if (article.Id != expectedId)
        {
            throw new UnsafeBlobNameException(article.Id, $"the blob holding it is named for article '{expectedId}'");
        }

        var pageBlob = article.Page?.Blob;
        if (BlobNames.ProblemOf(pageBlob) is { } pageProblem)
        {
            throw new UnsafeBlobNameException(pageBlob ?? "", $"page.blob: {pageProblem}");
        }
    }
}
