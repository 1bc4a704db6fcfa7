using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;

namespace Serverless.Publishing.Stages;

/// <summary>Gives split articles their ids, page reference and content hash.</summary>
public static class DraftBuilder
{
    public static IReadOnlyList<Article> Build(PageOrigin page, IReadOnlyList<SplitArticle> articles)
    {
        var pageId = ArticleIds.PageId(page.Blob);
        return articles.Select((a, index) => new Article
        {
            Id = ArticleIds.ArticleId(pageId, index + 1),
            Page = new PageRef(page.Blob, page.Publication, page.PublishedText, index + 1),
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
