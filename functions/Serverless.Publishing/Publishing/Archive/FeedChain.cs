namespace Serverless.Publishing.Publishing.Archive;

/// <summary>
/// The archive chain's one rule set (RFC 5005): new entries go into the subscription document in feed order; what falls
/// out of it fills the open archive page; a full page is sealed. Corrections stay where the entry is, so no guid moves
/// or appears twice, and withdrawn entries leave wherever they are held.
/// </summary>
public static class FeedChain
{
    /// <summary>Returns <paramref name="index"/> itself when nothing changes, so a re-published page costs no index write.</summary>
    public static FeedIndex Apply(FeedIndex index, IReadOnlyList<FeedEntry> upserts, IReadOnlyCollection<string> withdrawn, FeedLimits limits)
    {
        var items = index.Items.ToList();
        var archive = index.Archive.ToList();
        var changed = items.RemoveAll(e => withdrawn.Contains(e.Id)) + archive.RemoveAll(e => withdrawn.Contains(e.Id)) > 0;
        var sealing = index.Sealing.Select(p => p with { Entries = ApplyToSealed(p.Entries, [], withdrawn) }).ToList();
        changed |= sealing.Where((p, i) => !ReferenceEquals(p.Entries, index.Sealing[i].Entries)).Any();
        foreach (var entry in upserts)
        {
            changed |= Correct(items, entry) ?? Correct(archive, entry) ?? CorrectSealing(sealing, entry) ?? Add(items, entry);
        }

        if (!changed)
        {
            return index;
        }

        items.Sort(FeedOrder.NewestFirst);
        if (items.Count > limits.MaxItems)
        {
            archive.AddRange(items.Skip(limits.MaxItems));
            items.RemoveRange(limits.MaxItems, items.Count - limits.MaxItems);
        }

        archive.Sort(FeedOrder.NewestFirst);
        var sealedPages = index.SealedPages;
        while (archive.Count >= limits.ArchivePageSize)
        {
            // The oldest entries fill the page; newer ones stay open.
            var page = archive.Skip(archive.Count - limits.ArchivePageSize).ToList();
            archive.RemoveRange(archive.Count - limits.ArchivePageSize, limits.ArchivePageSize);
            sealing.Add(new ArchivePage(++sealedPages, FeedIndex.Create() with { Items = page }));
        }

        var publications = index.Publications.Union(upserts.Select(e => e.Publication), StringComparer.Ordinal).ToList();
        return new FeedIndex(items, index.Epoch, index.Version + 1)
        {
            Archive = archive,
            SealedPages = sealedPages,
            Sealing = sealing,
            Publications = publications,
        };
    }

    /// <summary>Null when the entry is not in <paramref name="entries"/>; else whether its revision changed.</summary>
    private static bool? Correct(List<FeedEntry> entries, FeedEntry entry)
    {
        var at = entries.FindIndex(e => e.Id == entry.Id);
        if (at < 0)
        {
            return null;
        }

        if (entries[at].Revision == entry.Revision)
        {
            return false;
        }

        entries[at] = entry with { FirstPublished = entries[at].FirstPublished };
        return true;
    }

    /// <summary>A page sealed but not yet written is still corrected here; its blob takes the newest copy.</summary>
    private static bool? CorrectSealing(List<ArchivePage> sealing, FeedEntry entry)
    {
        var at = sealing.FindIndex(p => p.Entries.Items.Any(e => e.Id == entry.Id));
        if (at < 0)
        {
            return null;
        }

        var before = sealing[at].Entries;
        var corrected = ApplyToSealed(before, [entry], []);
        sealing[at] = sealing[at] with { Entries = corrected };
        return !ReferenceEquals(corrected, before);
    }

    private static bool Add(List<FeedEntry> entries, FeedEntry entry)
    {
        entries.Add(entry);
        return true;
    }

    /// <summary>A sealed page's correction or withdrawal; the page keeps its place and number.</summary>
    public static FeedIndex ApplyToSealed(FeedIndex page, IReadOnlyList<FeedEntry> corrections, IReadOnlyCollection<string> withdrawn)
    {
        var items = page.Items.ToList();
        var changed = items.RemoveAll(e => withdrawn.Contains(e.Id)) > 0;
        foreach (var entry in corrections)
        {
            changed |= Correct(items, entry) ?? false;
        }

        if (!changed)
        {
            return page;
        }

        items.Sort(FeedOrder.NewestFirst);
        return page with { Items = items, Version = page.Version + 1 };
    }
}
