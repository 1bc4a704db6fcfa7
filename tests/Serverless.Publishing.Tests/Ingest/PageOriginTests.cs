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
}
