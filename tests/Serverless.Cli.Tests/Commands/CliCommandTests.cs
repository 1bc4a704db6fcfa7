using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Serverless.Cli.Commands;
using Serverless.Testing;

namespace Serverless.Cli.Tests.Commands;

[Trait("Category", "Integration")]
public sealed class CliCommandTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly string FakeKey = Convert.ToBase64String("secret-key-1234567890"u8.ToArray());

    private static readonly string[] ArticleFields =
    [
        "id", "page", "kind", "kicker", "title", "titleSource", "subtitle", "dateline", "authors", "paragraphs",
        "notes", "language", "keyPhrases", "entities", "sentiment", "summary", "analysis", "contentHash",
    ];

    [Fact]
    public async Task Split_prints_every_article_field_as_json()
    {
        var (code, output, error) = await RunAsync("split", TestPaths.SamplePage, "--enrich");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetArrayLength() >= 10);
        foreach (var article in json.RootElement.EnumerateArray())
        {
            Assert.All(ArticleFields, field => Assert.True(article.TryGetProperty(field, out _), $"missing '{field}'"));
            Assert.All(["blob", "publication", "published", "ordinal"], field => Assert.True(article.GetProperty("page").TryGetProperty(field, out _)));
            Assert.Equal("zh-Hans", article.GetProperty("language").GetString());
        }

        Assert.DoesNotContain("\\u", output);
    }

    [Fact]
    public async Task Split_rejects_unreadable_input_with_a_clear_message()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, [0xE4, 0xB8, 0x41, 0x80, 0xFF, 0xFF]);

        var (code, output, error) = await RunAsync("split", file);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("cannot be decoded", error);
        Assert.Equal(2, (await RunAsync("split", "/no/such/page.txt")).Code);
    }

    [Fact]
    public async Task Split_reads_a_pdf_by_its_layout_and_upload_stores_it_as_a_pdf()
    {
        var pdf = TestPdfs.Fixture("pdf-zh-fixture.pdf");
        var (code, output, error) = await RunAsync("split", pdf);

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetArrayLength() >= 3);
        foreach (var article in json.RootElement.EnumerateArray())
        {
            Assert.All(ArticleFields, field => Assert.True(article.TryGetProperty(field, out _), $"missing '{field}'"));
            Assert.Equal(1, article.GetProperty("page").GetProperty("pageNumber").GetInt32());
        }

        var (uploaded, _, uploadError) = await RunAsync("upload", pdf, "--name", "pdf/front", "--storage", azurite.ConnectionString);
        Assert.True(uploaded == 0, uploadError);
        var properties = await azurite.Blobs.GetBlobContainerClient("pages").GetBlobClient("pdf/front").GetPropertiesAsync();
        Assert.Equal("application/pdf", properties.Value.ContentType);
    }

    [Fact]
    public async Task Split_explain_on_a_pdf_prints_each_line_with_its_layout_role_and_article()
    {
        var pdf = TestPdfs.Fixture("pdf-zh-fixture.pdf");
        var (code, output, error) = await RunAsync("split", pdf, "--explain");

        Assert.True(code == 0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Contains(rows, r => r[2] == "headline" && r[1] == "1");
        Assert.Contains(rows, r => r[2] == "body" && r[1] == "3");
        Assert.All(rows, r => Assert.Contains(r[2], new[] { "headline", "body", "furniture" }));
    }

    [Fact]
    public async Task Run_until_idle_processes_uploads_and_prints_a_feed_url_that_serves_rss()
    {
        var (code, output, error) = await RunAsync(
            "run", "--storage", azurite.ConnectionString, "--upload", Path.Combine(TestPaths.Samples, "en-front-page.txt"), "--until-idle", "--timeout", "90");

        Assert.True(code == 0, output + error);
        var feedUrl = output.Split('\n').Single(l => l.StartsWith("Feed: ", StringComparison.Ordinal))["Feed: ".Length..].Trim();
        using var http = new HttpClient();
        using var reader = XmlReader.Create(await http.GetStreamAsync(feedUrl));
        var feed = SyndicationFeed.Load(reader);
        Assert.NotEmpty(feed.Items);
        Assert.All(feed.Items, item => Assert.Contains($"  - {item.Title.Text}", output));
    }

    [Fact]
    public async Task Unknown_commands_and_options_exit_with_usage()
    {
        Assert.Equal(2, (await RunAsync("publish")).Code);
        var (code, _, error) = await RunAsync("split", "x.txt", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("--bogus", error);
    }

    [Theory]
    [InlineData("../feed/rss.xml", "'..' path segment")]
    [InlineData(@"..\feed\rss.xml", "backslash")]
    [InlineData("feed//rss.xml", "empty path segment")]
    public async Task Upload_refuses_a_name_that_would_leave_the_pages_container(string name, string reason)
    {
        var feed = azurite.Blobs.GetBlobContainerClient("feed");
        // Public, as the pipeline makes it: the run test in this class reads the feed anonymously.
        await feed.CreateIfNotExistsAsync(Azure.Storage.Blobs.Models.PublicAccessType.Blob);
        await feed.GetBlobClient("rss.xml").UploadAsync(BinaryData.FromString("<rss>the real feed</rss>"), overwrite: true);

        var (code, _, error) = await RunAsync("upload", TestPaths.SamplePage, "--name", name, "--storage", azurite.ConnectionString);

        Assert.Equal(2, code);
        Assert.Contains("--name", error);
        Assert.Contains(reason, error);
        Assert.Equal("<rss>the real feed</rss>", (await feed.GetBlobClient("rss.xml").DownloadContentAsync()).Value.Content.ToString());
    }

    [Theory]
    // {key} stands for a made-up key (base64 of "secret-key-1234567890"), filled in here so no key-like literal sits in the source.
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key}!!not-base64")]
    [InlineData("AccountKey={key}")]
    [InlineData("just some words {key}")]
    public async Task A_bad_storage_value_exits_2_without_printing_the_key(string template)
    {
        var storage = template.Replace("{key}", FakeKey, StringComparison.Ordinal);
        var (code, output, error) = await RunAsync("upload", TestPaths.SamplePage, "--storage", storage);

        Assert.Equal(2, code);
        Assert.Contains("--storage", error);
        Assert.DoesNotContain(FakeKey, output + error);
    }

    [Fact]
    public async Task Storage_is_read_from_an_environment_variable_or_a_profile_so_the_key_stays_off_the_command_line()
    {
        var variable = $"SERVERLESS_TEST_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, azurite.ConnectionString);
        var profiles = Path.GetTempFileName();
        await File.WriteAllTextAsync(profiles, JsonSerializer.Serialize(new Dictionary<string, string> { ["test"] = azurite.ConnectionString }));
        Environment.SetEnvironmentVariable(StorageConnection.ProfilesVariable, profiles);
        try
        {
            var page = TestPaths.SamplePage;
            Assert.Equal(0, (await RunAsync("upload", page, "--name", "via-env.txt", "--storage", $"env:{variable}")).Code);
            Assert.Equal(0, (await RunAsync("upload", page, "--name", "via-profile.txt", "--storage", "profile:test")).Code);
            Assert.Equal(2, (await RunAsync("upload", page, "--storage", "profile:missing")).Code);
            Assert.Equal(2, (await RunAsync("upload", page, "--storage", $"env:{variable}-unset")).Code);
            var pages = azurite.Blobs.GetBlobContainerClient("pages");
            Assert.True((await pages.GetBlobClient("via-env.txt").ExistsAsync()).Value);
            Assert.True((await pages.GetBlobClient("via-profile.txt").ExistsAsync()).Value);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
            Environment.SetEnvironmentVariable(StorageConnection.ProfilesVariable, null);
        }
    }

    [Fact]
    public async Task Split_dash_reads_the_page_from_stdin()
    {
        var page = await File.ReadAllBytesAsync(TestPaths.SamplePage);
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["split", "-"], output, new StringWriter(), CancellationToken.None, new MemoryStream(page));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.True(json.RootElement.GetArrayLength() >= 10);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
