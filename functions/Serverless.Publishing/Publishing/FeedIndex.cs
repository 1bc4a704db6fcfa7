using System.Text.Json.Serialization;

namespace Serverless.Publishing.Publishing;

/// <summary>The newest entries of one feed, newest first. Bounded by MaxItems, so updating it never depends on the archive's size.</summary>
/// <param name="Items">The entries, newest first.</param>
/// <param name="Epoch">Identifies this index's lineage: set when the index blob is created, so versions compare only within it.</param>
/// <param name="Version">Counts changes, so outputs rendered from an older version never replace newer ones.</param>
public sealed record FeedIndex(IReadOnlyList<FeedEntry> Items, string? Epoch = null, long Version = 0)
{
    public static FeedIndex Empty { get; } = new([]);

    /// <summary>A new lineage for an index blob that does not exist yet.</summary>
    public static FeedIndex Create() => new([], Guid.NewGuid().ToString("N"));

    /// <summary>The newest revision time in the index: the feeds' lastBuildDate.</summary>
    [JsonIgnore]
    public DateTimeOffset? LastUpdated => Items.Count == 0 ? null : Items.Max(e => e.Updated);

    /// <summary>
    /// Adds the entry or replaces the one with its id, keeping the newest <paramref name="maxItems"/>.
    /// Returns this same instance when nothing changes, so a re-published article costs no index write.
    /// </summary>
    public FeedIndex Upsert(FeedEntry entry, int maxItems)
    {
        var existing = Items.FirstOrDefault(e => e.Id == entry.Id);
        if (existing is not null && existing.Revision == entry.Revision)
        {
            return this;
        }

        var items = Items.Where(e => e.Id != entry.Id).Append(entry).Order(NewestFirst.Instance).Take(maxItems).ToList();
        if (existing is null && !items.Contains(entry))
        {
            // Older than everything in a full feed: it stays in the archive only.
            return this;
        }

        return new FeedIndex(items, Epoch, Version + 1);
    }

    /// <summary>Page date descending, then page and position, so the order never depends on arrival order.</summary>
    private sealed class NewestFirst : IComparer<FeedEntry>
    {
        public static NewestFirst Instance { get; } = new();

        public int Compare(FeedEntry? x, FeedEntry? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? 1 : -1;
            }

            var byDate = string.CompareOrdinal(y.Published, x.Published);
            if (byDate != 0)
            {
                return byDate;
            }

            var byPage = string.CompareOrdinal(x.PageBlob, y.PageBlob);
            if (byPage != 0)
            {
                return byPage;
            }

            var byOrdinal = x.Ordinal.CompareTo(y.Ordinal);
            return byOrdinal != 0 ? byOrdinal : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
