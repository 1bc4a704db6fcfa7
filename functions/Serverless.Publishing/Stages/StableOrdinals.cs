using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;

namespace Serverless.Publishing.Stages;

/// <summary>What one split of a page produced: enough to recognise its articles in the next split.</summary>
public sealed record SplitArticleRef(int Ordinal, string ContentHash, string? Title, int? PageNumber);

/// <summary>
/// Keeps article ids across re-splits, so subscribers see a corrected page as corrections, not as new articles.
/// A new article takes the ordinal of the earlier article with the same content, else the same title, else its own
/// position when no other article holds it (an article corrected in place), else a fresh one. Earlier articles left
/// without a match are withdrawn.
/// </summary>
public static class StableOrdinals
{
    public static (IReadOnlyList<Article> Drafts, IReadOnlyList<int> Withdrawn) Assign(IReadOnlyList<Article> drafts, IReadOnlyList<SplitArticleRef> previous)
    {
        if (previous.Count == 0)
        {
            return (drafts, []);
        }

        var unmatched = previous.ToList();
        var ordinals = new int?[drafts.Count];
        Match(drafts, unmatched, ordinals, (d, p) => d.ContentHash == p.ContentHash);
        Match(drafts, unmatched, ordinals, (d, p) => !string.IsNullOrWhiteSpace(p.Title) && d.Title == p.Title && d.Page.PageNumber == p.PageNumber);

        var taken = ordinals.OfType<int>().ToHashSet();
        var next = previous.Max(p => p.Ordinal) + 1;
        for (var i = 0; i < drafts.Count; i++)
        {
            if (ordinals[i] is null)
            {
                var own = drafts[i].Page.Ordinal;
                ordinals[i] = taken.Add(own) ? own : NextFree(taken, ref next);
                unmatched.RemoveAll(p => p.Ordinal == ordinals[i]);
            }
        }

        var renumbered = drafts.Select((d, i) => Renumber(d, ordinals[i]!.Value)).ToList();
        return (renumbered, [.. unmatched.Select(p => p.Ordinal).Order()]);
    }

    public static IReadOnlyList<SplitArticleRef> RefsOf(IEnumerable<Article> drafts) =>
        [.. drafts.Select(d => new SplitArticleRef(d.Page.Ordinal, d.ContentHash, d.Title, d.Page.PageNumber))];

    private static void Match(IReadOnlyList<Article> drafts, List<SplitArticleRef> unmatched, int?[] ordinals, Func<Article, SplitArticleRef, bool> same)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            if (ordinals[i] is null && unmatched.FindIndex(p => same(drafts[i], p)) is var at and >= 0)
            {
                ordinals[i] = unmatched[at].Ordinal;
                unmatched.RemoveAt(at);
            }
        }
    }

    private static int NextFree(HashSet<int> taken, ref int next)
    {
        while (!taken.Add(next))
        {
            next++;
        }

        return next;
    }

    private static Article Renumber(Article draft, int ordinal) => draft.Page.Ordinal == ordinal
        ? draft
        : draft with { Id = ArticleIds.ArticleId(ArticleIds.PageId(draft.Page.Blob), ordinal), Page = draft.Page with { Ordinal = ordinal } };
}
