using System.Text.Json;
using Serverless.Publishing.Ingest;

namespace Serverless.Publishing.Stages.Messages;

/// <summary>
/// The hand-off between stages, for a page as a whole: split → enrich-page (the page's drafts) → publish-page (its articles).
/// Carries the article ordinals, so a later stage never lists a container, and drafts left over from an older split are not picked up.
/// </summary>
/// <param name="Withdrawn">Ordinals an earlier split of the page had and this one has not (all of them when the page was deleted).</param>
public sealed record PageWork(string Page, string PageId, IReadOnlyList<int> Ordinals, IReadOnlyList<int>? Withdrawn = null)
{
    public IEnumerable<string> ArticleIds => Ordinals.Select(o => Ingest.ArticleIds.ArticleId(PageId, o));

    public IReadOnlyList<int> WithdrawnOrdinals => Withdrawn ?? [];

    public string ToJson() => JsonSerializer.Serialize(this, Articles.ArticleJson.Options);

    public static PageWork Parse(string json) =>
        JsonSerializer.Deserialize<PageWork>(json, Articles.ArticleJson.Options) is { Ordinals: not null, PageId: not null, Page: not null } work
            ? work
            : throw new JsonException("The queue message is not a page work item (page, pageId, ordinals).");
}
