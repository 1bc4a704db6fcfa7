using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Serverless.Publishing.Tests.Enrichment.Language;

/// <summary>
/// Plausible answers to any analyze-text request, computed from the documents sent: Chinese or English by script,
/// entities wherever <see cref="Names"/> occur (UTF-16 offsets into the document as sent), an extractive summary
/// job of each document's first sentence. Lets tests vary inputs freely and count requests.
/// </summary>
internal sealed class SimulatedLanguageService
{
    public const string JobSubmit = "JobSubmit";
    public const string JobStatus = "JobStatus";

    private readonly ConcurrentDictionary<string, JsonArray> jobs = new();

    public IReadOnlyList<(string Text, string Category)> Names { get; init; } = [];

    /// <summary>(kind, document id) pairs answered with a per-document error.</summary>
    public HashSet<(string Kind, string Id)> Rejected { get; init; } = [];

    public bool FailJobs { get; init; }

    public string ModelVersion { get; init; } = "2023-04-01";

    public static string? KindOf(SentRequest request) => request switch
    {
        { Method: "POST" } when request.Path.EndsWith("/jobs", StringComparison.Ordinal) => JobSubmit,
        { Method: "GET" } when request.Path.Contains("/jobs/", StringComparison.Ordinal) => JobStatus,
        { Method: "POST" } => JsonNode.Parse(request.Body)?["kind"]?.GetValue<string>(),
        _ => null,
    };

    public static JsonArray Documents(SentRequest request) => JsonNode.Parse(request.Body)!["analysisInput"]!["documents"]!.AsArray();

    public ServedResponse Respond(SentRequest request, Uri endpoint)
    {
        var kind = KindOf(request);
        if (kind == JobSubmit)
        {
            var id = Guid.NewGuid().ToString();
            jobs[id] = Documents(request);
            return new ServedResponse(202, "", [("Operation-Location", $"{endpoint.AbsoluteUri}language/analyze-text/jobs/{id}?api-version=2023-04-01")]);
        }

        if (kind == JobStatus)
        {
            return new ServedResponse(200, JobState(request.Path[(request.Path.LastIndexOf('/') + 1)..]).ToJsonString());
        }

        var documents = Documents(request);
        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in documents)
        {
            var id = document!["id"]!.GetValue<string>();
            var text = document["text"]!.GetValue<string>();
            if (Rejected.Contains((kind!, id)))
            {
                errors.Add(Error(id));
                continue;
            }

            var result = kind switch
            {
                "LanguageDetection" => new JsonObject { ["detectedLanguage"] = DetectedLanguage(text) },
                "KeyPhraseExtraction" => new JsonObject { ["keyPhrases"] = new JsonArray(KeyPhrases(text).Select(p => (JsonNode)p).ToArray()) },
                "EntityRecognition" => new JsonObject { ["entities"] = Entities(text) },
                "SentimentAnalysis" => Sentiment(text),
                _ => throw new InvalidOperationException($"Unexpected kind {kind}."),
            };
            result["id"] = id;
            result["warnings"] = new JsonArray();
            results.Add(result);
        }

        var body = new JsonObject
        {
            ["kind"] = kind + "Results",
            ["results"] = new JsonObject { ["documents"] = results, ["errors"] = errors, ["modelVersion"] = ModelVersion },
        };
        return new ServedResponse(200, body.ToJsonString());
    }

    private JsonObject JobState(string id)
    {
        if (FailJobs || !jobs.TryGetValue(id, out var documents))
        {
            return new JsonObject
            {
                ["jobId"] = id, ["status"] = "failed", ["createdDateTime"] = "2026-01-01T00:00:00Z",
                ["errors"] = new JsonArray(new JsonObject { ["code"] = "InternalServerError", ["message"] = "The job failed." }),
            };
        }

        var results = new JsonArray();
        foreach (var document in documents)
        {
            var text = document!["text"]!.GetValue<string>();
            var first = Regex.Match(text, @"^.+?(?:[。！？]|[.!?](?=\s|$)|$)", RegexOptions.Singleline).Value;
            results.Add(new JsonObject
            {
                ["id"] = document["id"]!.GetValue<string>(),
                ["sentences"] = new JsonArray(new JsonObject { ["text"] = first, ["rankScore"] = 1.0, ["offset"] = 0, ["length"] = first.Length }),
                ["warnings"] = new JsonArray(),
            });
        }

        return new JsonObject
        {
            ["jobId"] = id, ["status"] = "succeeded", ["errors"] = new JsonArray(),
            ["tasks"] = new JsonObject
            {
                ["completed"] = 1, ["failed"] = 0, ["inProgress"] = 0, ["total"] = 1,
                ["items"] = new JsonArray(new JsonObject
                {
                    ["kind"] = "ExtractiveSummarizationLROResults", ["status"] = "succeeded",
                    ["results"] = new JsonObject { ["documents"] = results, ["errors"] = new JsonArray(), ["modelVersion"] = ModelVersion },
                }),
            },
        };
    }

    private static JsonObject DetectedLanguage(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff')
        ? new JsonObject { ["name"] = "Chinese_Simplified", ["iso6391Name"] = "zh_chs", ["confidenceScore"] = 1.0 }
        : new JsonObject { ["name"] = "English", ["iso6391Name"] = "en", ["confidenceScore"] = 1.0 };

    private IEnumerable<string> KeyPhrases(string text) =>
        Names.Where(n => text.Contains(n.Text, StringComparison.Ordinal)).Select(n => n.Text).DefaultIfEmpty(text[..Math.Min(4, text.Length)]);

    private JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        foreach (var (name, category) in Names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                entities.Add(new JsonObject
                {
                    ["text"] = name, ["category"] = category, ["offset"] = at, ["length"] = name.Length, ["confidenceScore"] = 0.9,
                });
            }
        }

        return entities;
    }

    private static JsonObject Sentiment(string text)
    {
        var negative = text.Contains("事故", StringComparison.Ordinal) || text.Contains("accident", StringComparison.OrdinalIgnoreCase);
        return new JsonObject
        {
            ["sentiment"] = negative ? "negative" : "neutral",
            ["confidenceScores"] = negative
                ? new JsonObject { ["positive"] = 0.05, ["neutral"] = 0.15, ["negative"] = 0.8 }
                : new JsonObject { ["positive"] = 0.1, ["neutral"] = 0.8, ["negative"] = 0.1 },
            ["sentences"] = new JsonArray(),
        };
    }

    private static JsonObject Error(string id) => new()
    {
        ["id"] = id,
        ["error"] = new JsonObject
        {
            ["code"] = "InvalidArgument", ["message"] = "Invalid document in request.",
            ["innererror"] = new JsonObject { ["code"] = "InvalidDocument", ["message"] = "Document text is empty." },
        },
    };
}
