namespace Serverless.Publishing.Publishing.Archive;

/// <summary>One page's articles that sit in sealed archive pages: article id → page number.</summary>
public sealed record ArchiveLocator(IReadOnlyDictionary<string, int> Pages)
{
    public static ArchiveLocator Empty { get; } = new(new Dictionary<string, int>());

    public ArchiveLocator With(IEnumerable<string> ids, int page)
    {
        var pages = new Dictionary<string, int>(Pages);
        var changed = false;
        foreach (var id in ids)
        {
            changed |= !pages.TryGetValue(id, out var known) || known != page;
            pages[id] = page;
        }

        return changed ? new ArchiveLocator(pages) : this;
    }

    public ArchiveLocator Without(IEnumerable<string> ids)
    {
        var pages = new Dictionary<string, int>(Pages);
        var changed = ids.Aggregate(false, (any, id) => pages.Remove(id) | any);
        return changed ? new ArchiveLocator(pages) : this;
    }
}
