using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Publishing;

/// <summary>The newest articles, kept small so that a feed update never lists the archive.</summary>
public sealed record FeedIndex(IReadOnlyList<Article> Items)
{
    public static FeedIndex Empty { get; } = new([]);

    /// <summary>Adds or replaces the article (same id), newest first, capped.</summary>
    public FeedIndex Upsert(Article article, int maxItems)
    {
        var items = Items.Where(a => a.Id != article.Id)
            .Append(article)
            .OrderByDescending(a => a.Page.Published, StringComparer.Ordinal)
            .ThenBy(a => a.Page.Blob, StringComparer.Ordinal)
            .ThenBy(a => a.Page.Ordinal)
            .Take(maxItems)
            .ToList();
        return new FeedIndex(items);
    }
}
