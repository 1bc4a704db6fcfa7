using Serverless.Publishing.Articles;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Archive;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>The archive chain's rules, without storage: where entries go, how pages seal, and that nothing is lost or doubled.</summary>
public sealed class FeedChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 4, 18, 6, 0, 0, TimeSpan.Zero);
    private static readonly FeedLimits Small = new(MaxItems: 50, ArchivePageSize: 40);

    [Fact]
    public void Twenty_pages_of_one_day_are_all_in_the_chain_exactly_once_and_the_newest_arrival_on_top()
    {
        var (index, sealedPages) = PublishDay(pages: 20, articles: 14, Small);

        var chain = index.Items.Concat(index.Archive).Concat(sealedPages.SelectMany(p => p.Entries.Items)).Select(e => e.Id).ToList();
        Assert.Equal(280, chain.Count);
        Assert.Equal(280, chain.Distinct().Count());
        Assert.Equal(50, index.Items.Count);
        // Within the date, what arrived last is on top: page 20 first, in its printed order.
        Assert.Equal(Enumerable.Range(1, 14).Select(o => Id(20, o)), index.Items.Take(14).Select(e => e.Id));
        Assert.All(sealedPages, p => Assert.Equal(40, p.Entries.Items.Count));
        Assert.Equal(Enumerable.Range(1, sealedPages.Count), sealedPages.Select(p => p.Number));
        Assert.Equal(sealedPages.Count, index.SealedPages);
        Assert.Equal(280 - 50 - (40 * sealedPages.Count), index.Archive.Count);
        // Older pages hold older arrivals: page 1 holds the first pages' articles.
        Assert.Contains(Id(1, 1), sealedPages[0].Entries.Items.Select(e => e.Id));
    }

    [Fact]
    public void Republishing_a_page_keeps_its_place_and_its_first_arrival()
    {
        var (index, _) = PublishDay(pages: 3, articles: 4, new FeedLimits(300, 100));
        var again = Page(1, 4, Start.AddHours(5));

        var next = FeedChain.Apply(index, again, [], new FeedLimits(300, 100));

        Assert.Same(index, next);
        var corrected = again.Select(e => e.Ordinal == 2 ? Corrected(e) : e).ToList();
        var after = FeedChain.Apply(index, corrected, [], new FeedLimits(300, 100));
        Assert.Equal(index.Items.Select(e => e.Id), after.Items.Select(e => e.Id));
        Assert.Equal(index.Items.Single(e => e.Id == Id(1, 2)).FirstPublished, after.Items.Single(e => e.Id == Id(1, 2)).FirstPublished);
        Assert.Equal("更正", after.Items.Single(e => e.Id == Id(1, 2)).Title);
    }

    [Fact]
    public void A_correction_of_an_archived_entry_stays_in_its_archive_page()
    {
        var (index, _) = PublishDay(pages: 6, articles: 14, new FeedLimits(50, 100));
        var archived = index.Archive[^1];

        var next = FeedChain.Apply(index, [Corrected(archived)], [], new FeedLimits(50, 100));

        Assert.Equal(index.Items.Select(e => e.Id), next.Items.Select(e => e.Id));
        Assert.Equal("更正", next.Archive.Single(e => e.Id == archived.Id).Title);
        Assert.DoesNotContain(next.Items, e => e.Id == archived.Id);
    }

    [Fact]
    public void Withdrawn_entries_leave_the_subscription_the_open_page_and_a_page_being_sealed()
    {
        var (index, _) = PublishDay(pages: 8, articles: 14, Small, seal: false);
        Assert.NotEmpty(index.Sealing);
        var fromItems = index.Items[0].Id;
        var fromArchive = index.Archive[0].Id;
        var fromSealing = index.Sealing[0].Entries.Items[0].Id;

        var next = FeedChain.Apply(index, [], [fromItems, fromArchive, fromSealing], Small);

        var chain = next.Items.Concat(next.Archive).Concat(next.Sealing.SelectMany(p => p.Entries.Items)).Select(e => e.Id).ToList();
        Assert.DoesNotContain(fromItems, chain);
        Assert.DoesNotContain(fromArchive, chain);
        Assert.DoesNotContain(fromSealing, chain);
        Assert.Equal(8 * 14 - 3, chain.Count);
        Assert.True(next.Sealing[0].Entries.Version > index.Sealing[0].Entries.Version);
    }

    [Fact]
    public void A_sealed_page_is_corrected_and_withdrawn_from_in_place()
    {
        var page = FeedIndex.Create() with { Items = Page(1, 5, Start) };

        var next = FeedChain.ApplyToSealed(page, [Corrected(page.Items[1])], [page.Items[3].Id]);

        Assert.Equal([Id(1, 1), Id(1, 2), Id(1, 3), Id(1, 5)], next.Items.Select(e => e.Id));
        Assert.Equal("更正", next.Items[1].Title);
        Assert.Equal(page.Version + 1, next.Version);
        Assert.Same(next, FeedChain.ApplyToSealed(next, [], ["not-there"]));
    }

    /// <summary>Pages of one date published one after another; sealed pages taken out of the state as the store does.</summary>
    private static (FeedIndex Index, List<ArchivePage> Sealed) PublishDay(int pages, int articles, FeedLimits limits, bool seal = true)
    {
        var index = FeedIndex.Create();
        var sealedPages = new List<ArchivePage>();
        for (var page = 1; page <= pages; page++)
        {
            index = FeedChain.Apply(index, Page(page, articles, Start.AddMinutes(page)), [], limits);
            if (seal)
            {
                sealedPages.AddRange(index.Sealing);
                index = index with { Sealing = [] };
            }
        }

        return (index, sealedPages);
    }

    private static List<FeedEntry> Page(int page, int articles, DateTimeOffset at) =>
        [.. Enumerable.Range(1, articles).Select(o => FeedEntry.From(Article(page, o), at))];

    private static Article Article(int page, int ordinal) => TestArticles.Make(Id(page, ordinal), "dahe-daily", "2026-04-18", ordinal) with
    {
        Page = new PageRef($"dahe-daily/2026-04-18/page-{page:D2}.txt", "dahe-daily", "2026-04-18", ordinal),
        Title = $"第{page}版 第{ordinal}篇",
    };

    private static FeedEntry Corrected(FeedEntry entry) => entry with { Title = "更正", Revision = entry.Revision + "x" };

    private static string Id(int page, int ordinal) => $"p{page:D2}-{ordinal:D2}";
}
