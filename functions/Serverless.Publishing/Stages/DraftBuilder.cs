using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;

namespace Serverless.Publishing.Stages;

/// <summary>Gives split articles their ids, page reference and content hash.</summary>
public static class DraftBuilder
{
    /// <param name="pageNumber">The page within a multi-page file (a PDF); its articles are numbered from (n-1)*100+1.</param>
    public static IReadOnlyList<Article> Build(
        PageOrigin page, IReadOnlyList<SplitArticle> articles, int? pageNumber = null, int maxTitleLength = HeadlineGuard.DefaultMaxTitleLength)
    {
        var pageId = ArticleIds.PageId(page.Blob);
        var first = ((pageNumber ?? 1) - 1) * 100 + 1;
        return articles.Select(a => HeadlineGuard.Apply(a, maxTitleLength)).Select((a, index) => new Article
        {
            Id = ArticleIds.ArticleId(pageId, first + index),
            Page = new PageRef(page.Blob, page.Publication, page.PublishedText, first + index) { PageNumber = pageNumber },
            Kind = a.Kind,
            Kicker = a.Kicker,
            Title = a.Title,
            TitleSource = a.TitleSource,
            Subtitle = a.Subtitle,
            Dateline = a.Dateline,
            Authors = a.Authors,
            Paragraphs = a.Paragraphs,
            Notes = a.Notes,
            ContentHash = ContentHash.Of(a.Title, a.Paragraphs),
            Warnings = page.Warnings,
        }).ToList();
    }
}
