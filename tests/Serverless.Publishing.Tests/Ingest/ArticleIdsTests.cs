using Serverless.Publishing.Ingest;

namespace Serverless.Publishing.Tests.Ingest;

public sealed class ArticleIdsTests
{
    /// <summary>Ids are part of every feed item's guid: the same blob must give the same id in any process, forever.</summary>
    [Theory]
    [InlineData("daily/2021-04-19/000_0bbe263f9c83fcef.txt", "000-0bbe263f9c83fcef-de725182-03")]
    [InlineData("焦作日报/第一版.txt", "5c17a2e1-03")]
    [InlineData("a b%c?.txt", "a-b-c-2fe39e98-03")]
    public void Ids_are_url_safe_and_stable(string blob, string expected)
    {
        var id = ArticleIds.ArticleId(ArticleIds.PageId(blob), 3);

        Assert.Matches("^[a-z0-9-]+-03$", id);
        Assert.Equal(expected, id);
    }

    [Fact]
    public void Different_blobs_with_the_same_file_name_get_different_ids() =>
        Assert.NotEqual(ArticleIds.PageId("a/page.txt"), ArticleIds.PageId("b/page.txt"));
}
