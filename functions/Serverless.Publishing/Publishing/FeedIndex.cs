using System.Text.Json.Serialization;

namespace Serverless.Publishing.Publishing;

/// <summary>
/// One feed's state (cache/feed-index/...): the subscription document's entries and the open archive page. Both are
/// bounded (MaxItems, ArchivePageSize), so updating it never depends on the archive's size. Full archive pages are
/// sealed into blobs of their own (<see cref="Archive.ArchivePageStore"/>) and never change again but for corrections.
/// </summary>
/// <param name="Items">The subscription document's entries, newest first.</param>
/// <param name="Epoch">Identifies this index's lineage: set when the index blob is created, so versions compare only within it.</param>
/// <param name="Version">Counts changes, so outputs rendered from an older version never replace newer ones.</param>
public sealed record FeedIndex(IReadOnlyList<FeedEntry> Items, string? Epoch = null, long Version = 0)
{
    public static FeedIndex Empty { get; } = new([]);

    /// <summary>Entries pushed out of <see cref="Items"/> that fill the open archive page, numbered <see cref="SealedPages"/> + 1; newest first.</summary>
    public IReadOnlyList<FeedEntry> Archive { get; init; } = [];

    /// <summary>How many archive pages are full and sealed: numbers 1 (oldest) to this.</summary>
    public int SealedPages { get; init; }

    /// <summary>Pages just sealed, kept here until their blobs are written, so a crash in between loses nothing.</summary>
    public IReadOnlyList<Archive.ArchivePage> Sealing { get; init; } = [];

    /// <summary>Every publication that ever reached this feed (all-publications feed only): the OPML list and the site's publication pages.</summary>
    public IReadOnlyList<string> Publications { get; init; } = [];

    /// <summary>The open archive page's number, or null when it holds nothing.</summary>
    [JsonIgnore]
    public int? OpenPage => Archive.Count > 0 ? SealedPages + 1 : null;

    /// <summary>The newest archive page, the one the subscription document's prev-archive names.</summary>
    [JsonIgnore]
    public int? NewestArchivePage => OpenPage ?? (SealedPages > 0 ? SealedPages : null);

    /// <summary>A new lineage for an index blob that does not exist yet.</summary>
    public static FeedIndex Create() => new([], Guid.NewGuid().ToString("N"));

    /// <summary>The newest revision time in the index: the feeds' lastBuildDate.</summary>
    [JsonIgnore]
    public DateTimeOffset? LastUpdated => Items.Count == 0 ? null : Items.Max(e => e.Updated);

    /// <summary>Adds or corrects one entry; see <see cref="Archive.FeedChain.Apply"/>.</summary>
    public FeedIndex Upsert(FeedEntry entry, FeedLimits limits) => Publishing.Archive.FeedChain.Apply(this, [entry], [], limits);

    public FeedIndex Upsert(FeedEntry entry, int maxItems) => Upsert(entry, new FeedLimits(maxItems, FeedLimits.DefaultArchivePageSize));
}

/// <param name="MaxItems">Entries in the subscription document.</param>
/// <param name="ArchivePageSize">Entries in one archive page.</param>
public sealed record FeedLimits(int MaxItems, int ArchivePageSize)
{
    public const int DefaultArchivePageSize = 100;
}
