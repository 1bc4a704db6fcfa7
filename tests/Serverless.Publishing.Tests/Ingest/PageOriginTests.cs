using Serverless.Publishing.Ingest;

namespace Serverless.Publishing.Tests.Ingest;

public sealed class PageOriginTests
{
    private static readonly DateTimeOffset Created = new(2024, 5, 6, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Metadata_wins_over_the_path()
    {
        var origin = PageOrigin.Resolve("daily/2021-04-19/a1.txt",
            new Dictionary<string, string> { ["Published"] = "2020-01-02", ["publication"] = Uri.EscapeDataString("焦作日报") }, Created, "default");

        Assert.Equal(new PageOrigin("daily/2021-04-19/a1.txt", "焦作日报", new DateOnly(2020, 1, 2)), origin);
    }

    [Fact]
    public void Path_gives_publication_and_date()
    {
        var origin = PageOrigin.Resolve("daily/2021-04-19/a1.txt", new Dictionary<string, string>(), Created, "default");

        Assert.Equal("daily", origin.Publication);
        Assert.Equal("2021-04-19", origin.PublishedText);
    }

    [Fact]
    public void A_bare_name_falls_back_to_default_publication_and_creation_date()
    {
        var origin = PageOrigin.Resolve("page.txt", new Dictionary<string, string> { ["published"] = "not a date" }, Created, "default");

        Assert.Equal("default", origin.Publication);
        Assert.Equal(new DateOnly(2024, 5, 6), origin.Published);
    }

    private static readonly PageDateWindow Window = new(new DateOnly(1800, 1, 1), new DateOnly(2026, 12, 4));

    [Theory]
    [InlineData("published", "0001-01-01", "metadata 'published'")]
    [InlineData("published", "2099-12-31", "metadata 'published'")]
    [InlineData("published", "1799-12-31", "metadata 'published'")]
    [InlineData("published", "2026-02-30", "metadata 'published'")]
    [InlineData("path", "2099-12-31", "the blob path")]
    public void A_date_outside_the_window_falls_back_to_the_creation_date_with_a_warning(string source, string date, string named)
    {
        var metadata = source == "published" ? new Dictionary<string, string> { ["published"] = date } : [];
        var origin = PageOrigin.Resolve($"daily/{date}/a1.txt", metadata, Created, "default", Window);

        Assert.Equal(new DateOnly(2024, 5, 6), origin.Published);
        var warning = Assert.Single(origin.Warnings);
        Assert.Contains(named, warning);
        Assert.Contains(date, warning);
    }

    [Theory]
    [InlineData("1800-01-01")]
    [InlineData("2026-12-04")]
    public void Dates_at_the_edges_of_the_window_are_taken(string date)
    {
        var origin = PageOrigin.Resolve("a1.txt", new Dictionary<string, string> { ["published"] = date }, Created, "default", Window);

        Assert.Equal(date, origin.PublishedText);
        Assert.Empty(origin.Warnings);
    }

    [Fact]
    public void A_date_too_early_for_the_time_zone_has_no_instant_instead_of_throwing() =>
        Assert.Null(Serverless.Publishing.Publishing.PageDates.ToInstant("0001-01-01", "+08:00"));
}
