using Serverless.Publishing.Ingest;

namespace Serverless.Publishing.Tests.Ingest;

public sealed class ArticleIdsTests
{
    [Theory]
    [InlineData("daily/2021-04-19/000_0bbe263f9c83fcef.txt")]
    [InlineData("焦作日报/第一版.txt")]
    [InlineData("a b%c?.txt")]
    public void Ids_are_url_safe_and_stable(string blob)
    {
        var id = ArticleIds.ArticleId(ArticleIds.PageId(blob), 3);

        Assert.Matches("^[a-z0-9-]+-03$", id);
        Assert.Equal(id, ArticleIds.ArticleId(ArticleIds.PageId(blob), 3));
    }

    [Fact]
    public void Different_blobs_with_the_same_file_name_get_different_ids() =>
        Assert.NotEqual(ArticleIds.PageId("a/page.txt"), ArticleIds.PageId("b/page.txt"));
}
