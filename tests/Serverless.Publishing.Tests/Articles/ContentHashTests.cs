using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Tests.Articles;

public sealed class ContentHashTests
{
    /// <summary>The documented contentHash: SHA-256 hex of the title and each paragraph, each ending in a newline (sha256sum of the same text).</summary>
    [Fact]
    public void Is_the_sha256_of_the_title_and_paragraphs() =>
        Assert.Equal("100c641fc210a32692f257e9dc5b4f22e375b68a816dec460dc199771acc95e5", ContentHash.Of("标题", ["第一段", "第二段"]));
}
