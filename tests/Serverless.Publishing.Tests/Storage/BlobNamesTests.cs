using Azure.Storage.Blobs;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Tests.Storage;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("front.txt")]
    [InlineData("dailies/2021-04-19/front.txt")]
    [InlineData("焦作日报/第一版.txt")]
    [InlineData("a b%c?#.txt")]
    [InlineData("family 👩‍👩‍👧.txt")]
    [InlineData("v1.2/page..txt")]
    [InlineData("%2Efoo/page.txt")]
    public void Names_that_address_exactly_one_blob_of_the_container_are_accepted(string name)
    {
        Assert.Null(BlobNames.ProblemOf(name));
        AssertAddressesItself(name);
    }

    [Theory]
    [InlineData(@"a\..\..\cache\secret-note.txt", "backslash")]
    [InlineData("a/../../cache/secret-note.txt", "'..' path segment")]
    [InlineData("../feed/rss.xml", "'..' path segment")]
    [InlineData("../site/evil-draft", "'..' path segment")]
    [InlineData("./page.txt", "'.' path segment")]
    [InlineData("a/.../page.txt", "'...' path segment")]
    [InlineData("a/%2e%2E/page.txt", "'..' path segment")]
    [InlineData("a//page.txt", "empty path segment")]
    [InlineData("/page.txt", "empty path segment")]
    [InlineData("pages/", "empty path segment")]
    [InlineData("", "empty")]
    [InlineData("page\u0000.txt", "control character U+0000")]
    [InlineData("page\n.txt", "control character U+000A")]
    [InlineData("page\u0085.txt", "control character U+0085")]
    [InlineData("txt.\u202Eexe", "bidirectional control U+202E")]
    [InlineData("page\uFFFF", "non-character")]
    [InlineData("page.", "ends with '.'")]
    public void Names_that_could_address_another_blob_or_fail_in_Azure_are_refused_with_the_reason(string name, string reason) =>
        Assert.Contains(reason, BlobNames.ProblemOf(name));

    [Fact]
    public void Names_over_Azures_limits_are_refused()
    {
        Assert.Null(BlobNames.ProblemOf(new string('a', 1024)));
        Assert.Contains("1025 characters", BlobNames.ProblemOf(new string('a', 1025)));
        Assert.Null(BlobNames.ProblemOf(string.Join('/', Enumerable.Repeat("a", 254))));
        Assert.Contains("255 path segments", BlobNames.ProblemOf(string.Join('/', Enumerable.Repeat("a", 255))));
    }

    [Fact]
    public void Names_with_lone_surrogates_are_refused()
    {
        // Built in code: xunit would turn a lone surrogate in InlineData into U+FFFD.
        Assert.Contains("lone surrogate at 4", BlobNames.ProblemOf("page" + '\uD800' + ".txt"));
        Assert.Contains("lone surrogate at 4", BlobNames.ProblemOf("page" + '\uDC00'));
        Assert.Null(BlobNames.ProblemOf("page\uD83D\uDE00.txt"));
    }

    [Theory]
    [InlineData("front-1a2b3c4d-01", null)]
    [InlineData("../site/evil-draft", "not made of")]
    [InlineData("../feed/evil-article", "not made of")]
    [InlineData("Front-01", "not made of")]
    [InlineData("-01", "not made of")]
    [InlineData("", "missing")]
    [InlineData(null, "missing")]
    public void Ids_are_one_url_safe_segment(string? id, string? problem)
    {
        var found = BlobNames.IdProblemOf(id);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found);
        }
    }

    [Fact]
    public void Outputs_refuse_ids_that_would_leave_their_container() =>
        Assert.All(
            new Func<SafeBlobName>[] { () => BlobNames.Article("../feed/evil-article"), () => BlobNames.ArticlePage("../feed/evil-article"), () => BlobNames.Draft("../site/evil-draft", 1) },
            make => Assert.Throws<UnsafeBlobNameException>(() => make()));

    [Theory]
    [InlineData("front-1a2b3c4d/01.json", "front-1a2b3c4d-01")]
    [InlineData("front-1a2b3c4d/123.json", "front-1a2b3c4d-123")]
    [InlineData("front-1a2b3c4d/1.json", null)]
    [InlineData("front-1a2b3c4d/00.json", null)]
    [InlineData("front-1a2b3c4d/01.txt", null)]
    [InlineData("front-1a2b3c4d/x/01.json", null)]
    [InlineData("01.json", null)]
    [InlineData("../site/01.json", null)]
    public void Draft_names_read_back_give_the_id_their_article_must_carry(string name, string? articleId)
    {
        Assert.Equal(articleId is not null, BlobNames.TryParseDraft(name, out var safe, out var id, out var problem));
        Assert.Equal(articleId, id);
        if (articleId is null)
        {
            Assert.NotNull(problem);
        }
        else
        {
            Assert.Equal(name, safe.Value);
        }
    }

    [Theory]
    [InlineData("front-1a2b3c4d-01.json", "front-1a2b3c4d-01")]
    [InlineData("front.html", null)]
    [InlineData("Front.json", null)]
    [InlineData("a/b.json", null)]
    public void Article_names_read_back_give_their_id(string name, string? articleId)
    {
        Assert.Equal(articleId is not null, BlobNames.TryParseArticle(name, out _, out var id, out _));
        Assert.Equal(articleId, id);
    }

    [Fact]
    public void Error_records_of_refused_names_stay_in_their_stage_folder()
    {
        Assert.Equal("split/dailies/front.txt.json", BlobNames.ErrorRecord("split", "dailies/front.txt").Value);
        var refused = BlobNames.ErrorRecord("split", "a/../../cache/secret-note.txt").Value;
        Assert.Matches("^split/refused-names/[0-9a-f]{32}\\.json$", refused);
        Assert.Matches("^split/refused-names/", BlobNames.ErrorRecord("split", new string('a', 1020)).Value);
        Assert.NotEqual(refused, BlobNames.ErrorRecord("split", @"a\..\..\cache\secret-note.txt").Value);
    }

    [Fact]
    public void Printable_names_show_hidden_characters_and_stay_short()
    {
        Assert.Equal("a\\u0001b\\u202E", BlobNames.Printable("a\u0001b\u202E"));
        Assert.Equal(200 + "… (5000 characters)".Length, BlobNames.Printable(new string('x', 5000)).Length);
    }

    /// <summary>
    /// Property, over seeded random names from a hostile alphabet: a name is accepted only if the SDK addresses exactly
    /// that blob in that container; every name, accepted or not, gets an error record name in the stage's folder; and
    /// every accepted page name maps to a page id and draft names that read back to the same article id.
    /// </summary>
    [Fact]
    public void Random_names_either_address_themselves_or_are_refused()
    {
        string[] alphabet = ["a", "Z", "0", "-", "_", " ", ".", "..", "/", "\\", "%", "%2e", "%2F", "?", "#", "&", "\u0000", "\u001F", "\u007F",
            "\u202E", "焦", "作", "\uD83D\uDE00", "\u200D", "\uD800", "\uDC00", "é", "\u0301", "~", ":", "@", "+", "=", "'", "\""];
        var random = new Random(20261202);
        var accepted = 0;
        for (var n = 0; n < 10_000; n++)
        {
            var name = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var record = BlobNames.ErrorRecord("split", name).Value;
            Assert.StartsWith("split/", record, StringComparison.Ordinal);
            Assert.Null(BlobNames.ProblemOf(record));
            if (BlobNames.ProblemOf(name) is not null)
            {
                continue;
            }

            accepted++;
            AssertAddressesItself(name);
            var pageId = BlobNames.PageId(BlobNames.Parse(name));
            Assert.Null(BlobNames.IdProblemOf(pageId));
            var ordinal = random.Next(1, 200);
            Assert.True(BlobNames.TryParseDraft(BlobNames.Draft(pageId, ordinal).Value, out _, out var articleId, out var problem), problem);
            Assert.Equal(ArticleIds.ArticleId(pageId, ordinal), articleId);
            Assert.Null(BlobNames.ProblemOf(BlobNames.ArticlePage(articleId).Value));
        }

        Assert.InRange(accepted, 1_000, 9_000);
    }

    private static readonly BlobContainerClient Pages = new("UseDevelopmentStorage=true", "pages");

    private static void AssertAddressesItself(string name)
    {
        var blob = Pages.GetBlobClient(BlobNames.Parse(name));
        Assert.Equal(name, blob.Name);
        Assert.Equal("pages", blob.BlobContainerName);
        Assert.StartsWith("/devstoreaccount1/pages/", blob.Uri.AbsolutePath, StringComparison.Ordinal);
    }
}
