using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Tests.Publishing;

namespace Serverless.Publishing.Tests.Stages;

public sealed class StableOrdinalsTests
{
    private static readonly string[] Titles = ["一", "二", "三", "四", "五"];

    [Fact]
    public void Articles_cut_from_the_middle_are_withdrawn_and_the_others_keep_their_ordinals()
    {
        var before = Drafts("一", "二", "三", "四", "五");

        var (after, withdrawn) = StableOrdinals.Assign(Drafts("一", "三", "五"), StableOrdinals.RefsOf(before));

        Assert.Equal([1, 3, 5], after.Select(a => a.Page.Ordinal));
        Assert.Equal(after.Select(a => ArticleIds.ArticleId(ArticleIds.PageId("p/page.txt"), a.Page.Ordinal)), after.Select(a => a.Id));
        Assert.Equal([2, 4], withdrawn);
    }

    [Fact]
    public void A_corrected_article_keeps_its_ordinal_by_title_or_by_place_and_a_new_one_gets_a_fresh_ordinal()
    {
        var before = Drafts("一", "二", "三");
        var edited = Drafts("一", "二", "三");
        edited[1] = edited[1] with { ContentHash = "changed" };                    // same title, body corrected
        edited[2] = edited[2] with { Title = "三（更正）", ContentHash = "changed too" }; // both changed, same place
        var added = Drafts("一", "二", "三", "四")[3] with { ContentHash = "new" };

        var (after, withdrawn) = StableOrdinals.Assign([edited[1], edited[0], edited[2], added], StableOrdinals.RefsOf(before));

        Assert.Equal([2, 1, 3, 4], after.Select(a => a.Page.Ordinal));
        Assert.Empty(withdrawn);
    }

    [Fact]
    public void A_first_split_keeps_the_positions()
    {
        var drafts = Drafts("一", "二");

        var (after, withdrawn) = StableOrdinals.Assign(drafts, []);

        Assert.Same(drafts, after);
        Assert.Empty(withdrawn);
    }

    private static Article[] Drafts(params string[] titles) =>
        [.. titles.Select((title, i) => TestArticles.Make(ArticleIds.ArticleId(ArticleIds.PageId("p/page.txt"), i + 1), "p", "2026-04-18", i + 1) with
        {
            Page = new PageRef("p/page.txt", "p", "2026-04-18", i + 1),
            Title = title,
            ContentHash = "hash-" + Array.IndexOf(Titles, title),
        })];
}
