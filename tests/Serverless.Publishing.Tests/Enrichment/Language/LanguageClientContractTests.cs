using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Serverless.Publishing.Enrichment.Language;
using static Serverless.Publishing.Tests.Enrichment.Language.LanguageApiExamples;

namespace Serverless.Publishing.Tests.Enrichment.Language;

/// <summary>Replays Microsoft's documented examples from a local HTTP endpoint: what the client sends, and what it reads.</summary>
public sealed class LanguageClientContractTests
{
    private const string Key = "contract-test-key";

    [Fact]
    public async Task EntityRecognition_sends_the_documented_request_and_reads_the_documented_response()
    {
        var example = Load("EntityRecognition.2023-04-01.json");
        await using var endpoint = Serving(example);

        var results = await Client(endpoint).RecognizeEntitiesAsync(Inputs(example), "latest");

        var request = AssertAnalyzeTextRequest(endpoint, example);
        Assert.Equal("Utf16CodeUnit", (string?)JsonNode.Parse(request.Body)!["parameters"]!["stringIndexType"]);
        Assert.Equal("2020-04-01", results.ModelVersion);
        Assert.Equal(["1", "2"], results.Documents.Select(d => d.Id));
        Assert.Equal(
            [("Microsoft", "Organization", 0, 9, 0.84), ("Bill Gates", "Person", 25, 10, 0.85), ("Paul Allen", "Person", 40, 10, 0.9)],
            results.Documents[0].Entities.Select(e => (e.Text, e.Category, e.Offset, e.Length, e.ConfidenceScore)));
        var seattle = Assert.Single(results.Documents[1].Entities);
        Assert.Equal(("Seattle", "Location", "GPE", 33, 7), (seattle.Text, seattle.Category, seattle.Subcategory, seattle.Offset, seattle.Length));
        Assert.Empty(results.Errors);
    }

    [Fact]
    public async Task KeyPhraseExtraction_sends_the_documented_request_and_reads_the_documented_response()
    {
        var example = Load("KeyPhraseExtraction.2023-04-01.json");
        await using var endpoint = Serving(example);

        var results = await Client(endpoint).ExtractKeyPhrasesAsync(Inputs(example), "latest");

        AssertAnalyzeTextRequest(endpoint, example);
        Assert.Equal("2019-10-01", results.ModelVersion);
        Assert.Equal(["Bill Gates", "Paul Allen", "Microsoft"], results.Documents[0].KeyPhrases);
        Assert.Equal(["Azure Cognitive Services", "Text Analytics"], results.Documents[1].KeyPhrases);
        Assert.Equal(["cat", "veterinarian"], results.Documents[2].KeyPhrases);
    }

    [Fact]
    public async Task LanguageDetection_sends_the_documented_request_and_reads_the_documented_response()
    {
        var example = Load("LanguageDetection.2024-11-01.json");
        await using var endpoint = Serving(example);

        var results = await Client(endpoint).DetectLanguageAsync(Inputs(example), "latest");

        AssertAnalyzeTextRequest(endpoint, example);
        Assert.Equal("2023-12-01", results.ModelVersion);
        Assert.Equal(["en", "fr", "es", "hi"], results.Documents.Select(d => LanguageCodes.ToBcp47(d.DetectedLanguage)));
        var english = results.Documents[0].DetectedLanguage;
        Assert.Equal(("English", 1.0, "Latin", "Latn"), (english.Name, english.ConfidenceScore, english.ScriptName, english.ScriptIso15924Code));
    }

    [Fact]
    public async Task SentimentAnalysis_sends_the_documented_request_and_reads_the_documented_response()
    {
        var example = Load("SentimentAnalysis.2022-05-01.json");
        await using var endpoint = Serving(example);

        var results = await Client(endpoint).AnalyzeSentimentAsync(Inputs(example), "latest");

        AssertAnalyzeTextRequest(endpoint, example);
        var document = Assert.Single(results.Documents);
        Assert.Equal("positive", document.Sentiment);
        Assert.Equal(new SentimentConfidenceScores(1, 0, 0), document.ConfidenceScores);
        Assert.Equal(
            [("Great atmosphere.", "positive", 0, 17), ("Close to plenty of restaurants, hotels, and transit!", "neutral", 18, 52)],
            document.Sentences.Select(s => (s.Text, s.Sentiment, s.Offset, s.Length)));
        Assert.Equal(new SentimentConfidenceScores(0.13, 0.86, 0.01), document.Sentences[1].ConfidenceScores);
    }

    [Fact]
    public async Task Summarization_job_is_submitted_in_the_documented_shape_polled_at_Operation_Location_and_read()
    {
        var submit = Load("AnalyzeTextJobs.Submit.2023-04-01.json");
        var result = Load("AbstractiveSummarization.Result.2023-04-01.json");
        var jobId = (string)result["parameters"]!["jobId"]!;
        await using var endpoint = new LocalLanguageEndpoint(_ => new ServedResponse(500));
        endpoint.Respond = request => request.Method == "POST"
            ? new ServedResponse(202, "", [("Operation-Location", OperationLocation(submit, endpoint.Endpoint, jobId))])
            : new ServedResponse(200, ResponseBody(result).ToJsonString());

        var operation = await Client(endpoint).StartSummarizeAsync(Inputs(submit), new SummarizeOptions("latest", 3, Abstractive: true));
        var summaries = await operation.WaitForCompletionAsync();

        Assert.Equal(2, endpoint.Requests.Count);
        var (post, get) = (endpoint.Requests[0], endpoint.Requests[1]);
        Assert.Equal(("POST", "/language/analyze-text/jobs", "2023-04-01", Key), (post.Method, post.Path, post.Query("api-version"), post.Headers["Ocp-Apim-Subscription-Key"]));
        var body = JsonNode.Parse(post.Body)!;
        AssertContains(RequestBody(submit)["analysisInput"], body["analysisInput"]);
        Assert.False(string.IsNullOrEmpty((string?)body["displayName"]));
        var task = Assert.Single(body["tasks"]!.AsArray())!;
        Assert.Equal(("AbstractiveSummarization", "latest", 3), ((string?)task["kind"], (string?)task["parameters"]!["modelVersion"], (int?)task["parameters"]!["sentenceCount"]));
        Assert.False(string.IsNullOrEmpty((string?)task["taskName"]));
        Assert.Equal(("GET", $"/language/analyze-text/jobs/{jobId}", Key), (get.Method, get.Path, get.Headers["Ocp-Apim-Subscription-Key"]));

        Assert.Null(summaries.Extractive);
        var document = Assert.Single(summaries.Abstractive!.Documents);
        Assert.Equal("1", document.Id);
        Assert.Equal("Microsoft have been on a quest to advance AI beyond existing techniques.", Assert.Single(document.Summaries).Text);
        Assert.Equal(new SummaryContext(0, 1629), Assert.Single(document.Summaries[0].Contexts));
        Assert.Equal("latest", summaries.Abstractive.ModelVersion);
    }

    [Fact]
    public void Documented_job_status_with_several_tasks_parses()
    {
        var example = Load("AnalyzeTextJobs.Status.2023-04-01.json");

        var state = LanguageClient.Read(MockResponse.Json(ResponseBody(example).ToJsonString()), LanguageJsonContext.Wire.AnalyzeTextJobState);

        Assert.Equal(("c0f2a446-05d9-48fc-ba8f-3ef4af8d0b18", "succeeded"), (state.JobId, state.Status));
        Assert.Equal((2, 0, 2), (state.Tasks!.Completed, state.Tasks.Failed, state.Tasks.Total));
        Assert.Equal(["EntityRecognitionLROResults", "CustomEntityRecognitionLROResults"], state.Tasks.Items.Select(t => t.Kind));
        var entities = state.Tasks.Items[0].Results!.Value.Deserialize(LanguageJsonContext.Wire.AnalyzeTextResultsEntitiesDocument)!;
        Assert.Equal(["trip", "Seattle", "last week"], entities.Documents[0].Entities.Select(e => e.Text));
    }

    [Fact]
    public async Task Requests_carry_at_most_as_many_documents_as_each_feature_allows()
    {
        var service = new SimulatedLanguageService();
        await using var endpoint = new LocalLanguageEndpoint(_ => new ServedResponse(500));
        endpoint.Respond = request => service.Respond(request, endpoint.Endpoint);
        var client = Client(endpoint);
        var documents = Enumerable.Range(0, 23).Select(i => new TextDocumentInput($"{i}", $"第{i}篇文章。", "zh-Hans")).ToList();

        var entities = await client.RecognizeEntitiesAsync(documents);
        var phrases = await client.ExtractKeyPhrasesAsync(documents);
        var sentiment = await client.AnalyzeSentimentAsync(documents);
        var languages = await client.DetectLanguageAsync(documents);

        int[] Sizes(string kind) => endpoint.Requests.Where(r => SimulatedLanguageService.KindOf(r) == kind)
            .Select(r => SimulatedLanguageService.Documents(r).Count).ToArray();
        Assert.Equal([5, 5, 5, 5, 3], Sizes(AnalyzeTextKinds.EntityRecognition));
        Assert.Equal([10, 10, 3], Sizes(AnalyzeTextKinds.KeyPhraseExtraction));
        Assert.Equal([10, 10, 3], Sizes(AnalyzeTextKinds.SentimentAnalysis));
        Assert.Equal([23], Sizes(AnalyzeTextKinds.LanguageDetection));
        Assert.All(new[] { entities.Documents.Count, phrases.Documents.Count, sentiment.Documents.Count, languages.Documents.Count }, n => Assert.Equal(23, n));
        Assert.Equal(documents.Select(d => d.Id), entities.Documents.Select(d => d.Id));
    }

    private static LanguageClient Client(LocalLanguageEndpoint endpoint) => new(
        endpoint.Endpoint, new AzureKeyCredential(Key),
        new LanguageClientOptions { Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(1) }, JobPollingInterval = TimeSpan.FromMilliseconds(10) });

    private static LocalLanguageEndpoint Serving(JsonNode example) =>
        new(_ => new ServedResponse(200, ResponseBody(example).ToJsonString()));

    private static List<TextDocumentInput> Inputs(JsonNode example) => RequestBody(example)["analysisInput"]!["documents"]!.AsArray()
        .Select(d => new TextDocumentInput((string)d!["id"]!, (string)d["text"]!, (string?)d["language"])).ToList();

    /// <summary>The example's Operation-Location template ({endpoint}/language/analyze-text/jobs/{jobId}) on the local endpoint.</summary>
    private static string OperationLocation(JsonNode submit, Uri endpoint, string jobId) =>
        ((string)submit["responses"]!["202"]!["headers"]!["Operation-Location"]!)
            .Replace("{endpoint}", endpoint.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal)
            .Replace("{jobId}", jobId, StringComparison.Ordinal) + "?api-version=2023-04-01";

    /// <summary>One POST to /language/:analyze-text at our api-version with the key, carrying everything the example's body does.</summary>
    private static SentRequest AssertAnalyzeTextRequest(LocalLanguageEndpoint endpoint, JsonNode example)
    {
        var request = Assert.Single(endpoint.Requests);
        Assert.Equal(("POST", "/language/:analyze-text", "2023-04-01"), (request.Method, request.Path, request.Query("api-version")));
        Assert.Equal(Key, request.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        AssertContains(RequestBody(example), JsonNode.Parse(request.Body));
        return request;
    }
}
