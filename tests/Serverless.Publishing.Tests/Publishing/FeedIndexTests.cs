using Serverless.Publishing.Publishing;

namespace Serverless.Publishing.Tests.Publishing;

public sealed class FeedIndexTests
{
    private static readonly DateTimeOffset Then = new(2026, 4, 18, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Keeps_the_newest_by_page_date_whatever_the_arrival_order()
    {
        var entries = Enumerable.Range(1, 30)
            .Select(i => FeedEntry.From(TestArticles.Make($"a-{i:D2}", "p", $"2026-04-{i:D2}", 1), Then))
            .ToList();

        var forward = entries.Aggregate(FeedIndex.Empty, (index, e) => index.Upsert(e, 10));
        var backward = Enumerable.Reverse(entries).Aggregate(FeedIndex.Empty, (index, e) => index.Upsert(e, 10));

        Assert.Equal(Enumerable.Range(21, 10).Reverse().Select(i => $"a-{i:D2}"), forward.Items.Select(e => e.Id));
        Assert.Equal(forward.Items.Select(e => e.Id), backward.Items.Select(e => e.Id));
    }

    [Fact]
    public void Same_revision_returns_the_same_index_so_nothing_is_written()
    {
        var index = FeedIndex.Empty.Upsert(FeedEntry.From(TestArticles.Chinese(), Then), 50);

        var again = index.Upsert(FeedEntry.From(TestArticles.Chinese(), Then.AddHours(1)), 50);

        Assert.Same(index, again);
        Assert.Equal(Then, again.LastUpdated);
    }

    [Fact]
    public void A_corrected_article_replaces_its_entry_in_place()
    {
        var original = TestArticles.Chinese();
        var index = FeedIndex.Empty
            .Upsert(FeedEntry.From(original, Then), 50)
            .Upsert(FeedEntry.From(TestArticles.Chinese(id: "other", ordinal: 2), Then), 50);

        var corrected = original with { Title = "更正后的标题", Paragraphs = ["更正后的正文。"] };
        var updated = index.Upsert(FeedEntry.From(corrected, Then.AddHours(2)), 50);

        Assert.Equal(["dahe-daily-2026-04-18-p01-01", "other"], updated.Items.Select(e => e.Id));
        var entry = updated.Items[0];
        Assert.Equal("更正后的标题", entry.Title);
        Assert.Equal(["更正后的正文。"], entry.Paragraphs);
        Assert.Equal(Then.AddHours(2), updated.LastUpdated);
    }

    [Fact]
    public void Every_change_counts_a_version_within_the_lineage()
    {
        var created = FeedIndex.Create();
        var first = created.Upsert(FeedEntry.From(TestArticles.Chinese(), Then), 50);
        var second = first.Upsert(FeedEntry.From(TestArticles.English("en-1"), Then), 50);

        Assert.Equal([0L, 1L, 2L], new[] { created, first, second }.Select(i => i.Version));
        Assert.Equal(created.Epoch, second.Epoch);
        Assert.NotEqual(created.Epoch, FeedIndex.Create().Epoch);
    }

    [Fact]
    public void An_article_older_than_a_full_feed_goes_straight_to_the_open_archive_page()
    {
        var full = Enumerable.Range(1, 3)
            .Select(i => FeedEntry.From(TestArticles.Make($"new-{i}", "p", "2026-04-20", i), Then))
            .Aggregate(FeedIndex.Empty, (index, e) => index.Upsert(e, 3));

        var next = full.Upsert(FeedEntry.From(TestArticles.Make("old", "p", "2020-01-01", 1), Then), 3);

        Assert.Equal(full.Items, next.Items);
        Assert.Equal(["old"], next.Archive.Select(e => e.Id));
        Assert.Equal(1, next.OpenPage);
    }

    [Fact]
    public void Entry_keeps_only_what_outputs_need_and_cleans_text_for_xml()
    {
        var entry = FeedEntry.From(TestArticles.Adversarial(), Then);

        Assert.DoesNotContain(entry.Title, c => c < 0x20);
        Assert.Contains("😀", entry.Title);
        Assert.Contains("<script>", entry.Title);
        Assert.Equal("Controls:|tab\there 😀👍🏽", entry.Paragraphs[1]);
        Assert.Equal(16, entry.Revision.Length);
    }
}
