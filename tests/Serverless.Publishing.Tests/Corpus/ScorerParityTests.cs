using System.Text.Json.Nodes;
using Serverless.Publishing.Splitting;
using Serverless.Scoring;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Corpus;

/// <summary>
/// The C# scorer prints exactly what ../shared/eval/score.py prints (every metric and every per-article line) on every
/// page of tests/corpus and samples/pages, for the splitter's prediction and for a damaged copy of it whose
/// articles only partly match. Runs python3, so it needs score.py beside the clone; required in CI.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ScorerParityTests
{
    [SharedScorerFact]
    public async Task Both_scorers_agree_on_every_corpus_page()
    {
        TestRequirements.Ensure(SharedScorer.Missing);
        var script = new ScoreScript(SharedScorer.Script!);
        var splitter = new PageSplitter();
        var work = Directory.CreateTempSubdirectory("scorer-parity-");
        var disagreements = new List<string>();
        try
        {
            await Parallel.ForEachAsync(CorpusPage.All, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (page, cancellationToken) =>
            {
                var split = await CorpusScoreTests.SplitToJsonAsync(splitter, page, cancellationToken);
                foreach (var (kind, json) in new[] { ("split", split), ("damaged", Damage(split)) })
                {
                    var prediction = Path.Combine(work.FullName, $"{page.Name}.{kind}.json");
                    await File.WriteAllTextAsync(prediction, json, cancellationToken);
                    var python = await script.RunAsync(page.PagePath, page.TruthPath, prediction, verbose: true, cancellationToken);
                    var csharp = PageScorer.ScoreFiles(page.PagePath, page.TruthPath, prediction).Lines(verbose: true).ToList();
                    if (!python.SequenceEqual(csharp))
                    {
                        lock (disagreements)
                        {
                            disagreements.Add($"{page.Name} ({kind}):\n  score.py: {string.Join("\n            ", python)}\n  C#:       {string.Join("\n            ", csharp)}");
                        }
                    }
                }
            });
        }
        finally
        {
            work.Delete(recursive: true);
        }

        Assert.True(CorpusPage.All.Count >= 40, $"only {CorpusPage.All.Count} corpus pages");
        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }

    /// <summary>
    /// A prediction that matches its truth only in part: paragraphs reversed, a third of every other article's first
    /// paragraph moved behind it with spaced CJK, every third title reversed, the second article merged into the first.
    /// </summary>
    private static string Damage(string split)
    {
        var articles = JsonNode.Parse(split)!.AsArray();
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i]!;
            var paragraphs = article["paragraphs"]!.AsArray().Select(p => p!.GetValue<string>()).Reverse().ToList();
            if (i % 2 == 1 && paragraphs.Count > 0)
            {
                var cut = paragraphs[0].Length / 3;
                paragraphs[0] = paragraphs[0][cut..] + " 中 国 " + paragraphs[0][..cut];
            }

            article["paragraphs"] = new JsonArray([.. paragraphs.Select(p => JsonValue.Create(p))]);
            if (i % 3 == 0)
            {
                article["title"] = string.Concat(article["title"]!.GetValue<string>().EnumerateRunes().Reverse());
            }
        }

        if (articles.Count > 2)
        {
            var second = articles[1]!;
            articles.RemoveAt(1);
            foreach (var paragraph in second["paragraphs"]!.AsArray().Select(p => p!.GetValue<string>()).ToList())
            {
                articles[0]!["paragraphs"]!.AsArray().Add(paragraph);
            }
        }

        return articles.ToJsonString();
    }
}
