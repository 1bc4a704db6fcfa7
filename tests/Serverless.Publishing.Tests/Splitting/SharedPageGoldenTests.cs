using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Splitting;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Splitting;

/// <summary>
/// The team's shared sample page against its expected split and against the scorer. Without ../shared these tests
/// return early on a developer machine; with CI=true <see cref="TestPaths.Shared"/> throws, so they fail in CI.
/// </summary>
public sealed class SharedPageGoldenTests
{
    private static readonly string? Shared = TestPaths.Shared;

    [Fact]
    public void Split_matches_the_expected_json()
    {
        if (Shared is null)
        {
            return;
        }

        var page = TestPaths.SharedPage(TestPaths.SampleSharedPage);
        var expected = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(page, ".expected.json")))!["articles"]!.AsArray();
        var articles = new PageSplitter().Split(File.ReadAllText(page));

        Assert.Equal(expected.Count, articles.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var want = expected[i]!;
            var got = articles[i];
            var body = string.Concat(got.Paragraphs);
            var where = $"article {i + 1}";
            Assert.True(want["kind"]!.GetValue<string>() == Kind(got.Kind), $"{where}: kind {Kind(got.Kind)}");
            Assert.True(want["kicker"]?.GetValue<string>() == got.Kicker, $"{where}: kicker {got.Kicker}");
            if (want["title"] is { } title)
            {
                Assert.True(title.GetValue<string>() == got.Title && got.TitleSource == TitleSource.Printed, $"{where}: title {got.Title}");
            }
            else
            {
                Assert.True(got.TitleSource == TitleSource.Generated && got.Title.Length > 0, $"{where}: generated title {got.Title}");
            }

            Assert.Equal(Strings(want["authors"]), got.Authors);
            Assert.Equal(Strings(want["notes"]), got.Notes);
            Assert.StartsWith(want["bodyStartsWith"]!.GetValue<string>(), body);
            Assert.EndsWith(want["bodyEndsWith"]!.GetValue<string>(), body);
            Assert.Equal(want["bodyChars"]!.GetValue<int>(), body.Count(c => !char.IsWhiteSpace(c)));
        }
    }

    [Fact]
    public void Scorer_accepts_the_split()
    {
        if (Shared is null)
        {
            return;
        }

        var page = TestPaths.SharedPage(TestPaths.SampleSharedPage);
        var articles = new PageSplitter().Split(File.ReadAllText(page));
        var prediction = Path.Combine(Path.GetTempPath(), $"split-{Guid.NewGuid():N}.json");
        File.WriteAllText(prediction, JsonSerializer.Serialize(articles, ArticleJson.Options));
        try
        {
            var score = Score(Path.Combine(Shared, "eval", "score.py"), page, Path.ChangeExtension(page, ".truth.json"), prediction);

            Assert.Equal(14, score["articles_exact"]!.GetValue<int>());
            Assert.Equal("12/12", score["headlines_exact"]!.GetValue<string>());
            var authors = score["authors_found"]!.GetValue<string>().Split('/').Select(int.Parse).ToArray();
            Assert.True(authors[0] >= 15 && authors[1] == 17, $"authors_found {authors[0]}/{authors[1]}");
            Assert.Equal(0, score["cjk_space_defects"]!.GetValue<int>());
            Assert.Equal(0, score["chars_lost"]!.GetValue<int>());
        }
        finally
        {
            File.Delete(prediction);
        }
    }

    private static JsonNode Score(string scorer, string page, string truth, string prediction)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { scorer, page, truth, prediction })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py failed: {error}");
        return JsonNode.Parse(output.Trim().Split('\n')[^1])!;
    }

    private static string Kind(ArticleKind kind) => kind.ToString().ToLowerInvariant();

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();
}
