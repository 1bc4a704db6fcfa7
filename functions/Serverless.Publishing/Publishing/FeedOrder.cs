namespace Serverless.Publishing.Publishing;

/// <summary>
/// Newest first: page date descending, then the page that reached the feeds last, then page and position. Arrival
/// order breaks ties only through <see cref="FeedEntry.FirstPublished"/>, which a re-publish keeps, so the order is stable.
/// </summary>
public sealed class FeedOrder : IComparer<FeedEntry>
{
    public static FeedOrder NewestFirst { get; } = new();

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

        var byArrival = y.FirstPublished.CompareTo(x.FirstPublished);
        if (byArrival != 0)
        {
            return byArrival;
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
