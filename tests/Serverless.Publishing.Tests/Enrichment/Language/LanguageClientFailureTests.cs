using System.Diagnostics;
using System.Text;
using Azure;
using Azure.Core;
using Serverless.Publishing.Enrichment.Language;

namespace Serverless.Publishing.Tests.Enrichment.Language;

/// <summary>Throttling, server errors, quota, per-document errors, failed jobs and malformed bodies, through a mock transport.</summary>
public sealed class LanguageClientFailureTests
{
    private static readonly Uri Endpoint = new("https://unit-test.cognitiveservices.azure.com/");
    private static readonly TextDocumentInput[] Documents = [new("1", "Microsoft was founded by Bill Gates.", "en"), new("2", "", "en")];

    private const string EntitiesBody = """
        {"kind":"EntityRecognitionResults","results":{"documents":[
          {"id":"1","entities":[{"text":"Bill Gates","category":"Person","offset":25,"length":10,"confidenceScore":0.9}],"warnings":[]},
          {"id":"2","entities":[],"warnings":[]}],"errors":[],"modelVersion":"2023-09-01"}}
        """;

    private const string QuotaBody = """
        {"error":{"code":"403","message":"Out of call volume quota for TextAnalytics F0 pricing tier. Please retry after 15 days."}}
        """;

    [Fact]
    public async Task Throttled_request_is_retried_after_the_Retry_After_the_service_asks_for()
    {
        var transport = Sequence(MockResponse.Json("""{"error":{"code":"429","message":"Rate limit is exceeded."}}""", 429, ("Retry-After", "1")), MockResponse.Json(EntitiesBody));
        var clock = Stopwatch.StartNew();

        var results = await Client(transport).RecognizeEntitiesAsync(Documents);

        Assert.Equal(2, transport.Requests.Count);
        Assert.Equal("Bill Gates", results.Documents[0].Entities[0].Text);
        // The configured backoff is 1 ms, so only the server's Retry-After explains a wait of about a second.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"Retried after {clock.Elapsed}, before the Retry-After of 1 s.");
    }

    [Fact]
    public async Task Server_error_is_retried()
    {
        var transport = Sequence(MockResponse.Json("""{"error":{"code":"InternalServerError","message":"boom"}}""", 500), MockResponse.Json(EntitiesBody));

        var results = await Client(transport).RecognizeEntitiesAsync(Documents);

        Assert.Equal(2, transport.Requests.Count);
        Assert.Equal(["1", "2"], results.Documents.Select(d => d.Id));
    }

    [Fact]
    public async Task Persistent_server_error_fails_after_the_configured_retries()
    {
        var transport = new MockTransport(_ => MockResponse.Json("""{"error":{"code":"ServiceUnavailable","message":"down"}}""", 503));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Client(transport).RecognizeEntitiesAsync(Documents));

        Assert.Equal(503, error.Status);
        Assert.Equal(1 + 3, transport.Requests.Count);
    }

    [Fact]
    public async Task Used_up_quota_is_neither_retried_nor_waited_on()
    {
        var transport = new MockTransport(_ => MockResponse.Json(QuotaBody, 403, ("Retry-After", "1296000")));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Client(transport).DetectLanguageAsync(Documents));

        Assert.Equal(403, error.Status);
        Assert.Equal("403", error.ErrorCode);
        Assert.Single(transport.Requests);
    }

    [Fact]
    public async Task Throttling_that_asks_for_longer_than_MaxRetryAfter_fails_at_once()
    {
        var transport = new MockTransport(_ => MockResponse.Json("""{"error":{"code":"429","message":"later"}}""", 429, ("Retry-After", "86400")));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Client(transport).DetectLanguageAsync(Documents));

        Assert.Equal(429, error.Status);
        Assert.Single(transport.Requests);
    }

    [Fact]
    public async Task Per_document_error_is_reported_for_that_document_only()
    {
        var transport = new MockTransport(_ => MockResponse.Json("""
            {"kind":"KeyPhraseExtractionResults","results":{"documents":[{"id":"1","keyPhrases":["Bill Gates"],"warnings":[]}],
             "errors":[{"id":"2","error":{"code":"InvalidArgument","message":"Invalid document in request.",
                        "innererror":{"code":"InvalidDocument","message":"Document text is empty."}}}],"modelVersion":"2022-10-01"}}
            """));

        var results = await Client(transport).ExtractKeyPhrasesAsync(Documents);

        Assert.Equal(["Bill Gates"], Assert.Single(results.Documents).KeyPhrases);
        var error = Assert.Single(results.Errors);
        Assert.Equal(("2", "InvalidArgument", "InvalidDocument"), (error.Id, error.Error.Code, error.Error.InnerError?.Code));
    }

    [Fact]
    public async Task Failed_job_surfaces_the_service_error()
    {
        var transport = new MockTransport(request => request.Method == "POST"
            ? new MockResponse(202, null, ("Operation-Location", $"{Endpoint}language/analyze-text/jobs/j1?api-version=2023-04-01"))
            : MockResponse.Json("""{"jobId":"j1","status":"failed","errors":[{"code":"InternalServerError","message":"Summarization failed."}]}"""));
        var operation = await Client(transport).StartSummarizeAsync(Documents, new SummarizeOptions());

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => operation.WaitForCompletionAsync());

        Assert.Equal("InternalServerError", error.ErrorCode);
        Assert.Contains("Summarization failed.", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, transport.Requests.Count);
    }

    [Fact]
    public async Task Running_job_is_polled_until_it_succeeds()
    {
        var polls = 0;
        var transport = new MockTransport(request => request.Method == "POST"
            ? new MockResponse(202, null, ("Operation-Location", $"{Endpoint}language/analyze-text/jobs/j2?api-version=2023-04-01"))
            : MockResponse.Json(++polls < 3 ? """{"jobId":"j2","status":"running"}""" : """
                {"jobId":"j2","status":"succeeded","tasks":{"completed":1,"failed":0,"inProgress":0,"total":1,"items":[
                  {"kind":"ExtractiveSummarizationLROResults","status":"succeeded","results":{"documents":[
                    {"id":"1","sentences":[{"text":"Microsoft was founded by Bill Gates.","rankScore":1.0,"offset":0,"length":36}],"warnings":[]}],
                   "errors":[],"modelVersion":"2023-04-01"}}]}}
                """));
        var operation = await Client(transport).StartSummarizeAsync(Documents, new SummarizeOptions("latest", 2));

        var summaries = await operation.WaitForCompletionAsync();

        Assert.Equal(1 + 3, transport.Requests.Count);
        Assert.All(transport.Requests.Skip(1), r => Assert.Equal(("GET", "/language/analyze-text/jobs/j2"), (r.Method, r.Path)));
        Assert.Equal("Microsoft was founded by Bill Gates.", summaries.Extractive!.Documents[0].Sentences[0].Text);
        Assert.Contains("\"sortBy\":\"Offset\"", transport.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operation_Location_on_another_host_is_not_followed_with_our_credential()
    {
        var transport = new MockTransport(_ => new MockResponse(202, null, ("Operation-Location", "https://elsewhere.example/language/analyze-text/jobs/j3")));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Client(transport).StartSummarizeAsync(Documents, new SummarizeOptions()));

        Assert.Equal("ForeignOperationLocation", error.ErrorCode);
        Assert.Single(transport.Requests);
    }

    [Theory]
    [InlineData("{\"kind\":\"EntityRecognitionResults\",\"results\":{\"documents\":[")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("{\"kind\":\"EntityRecognitionResults\"}")]
    [InlineData("{\"kind\":\"EntityRecognitionResults\",\"results\":{\"documents\":[{\"id\":\"1\"}]}}")]
    public async Task Malformed_body_is_a_request_failure(string body)
    {
        var transport = new MockTransport(_ => MockResponse.Json(body));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Client(transport).RecognizeEntitiesAsync(Documents));

        Assert.Equal("MalformedResponse", error.ErrorCode);
    }

    [Fact]
    public async Task Token_credential_sends_a_bearer_token_for_the_Cognitive_Services_scope()
    {
        var transport = new MockTransport(_ => MockResponse.Json(EntitiesBody));
        var credential = new RecordingCredential();
        var client = new LanguageClient(Endpoint, credential, new LanguageClientOptions { Transport = transport });

        await client.RecognizeEntitiesAsync(Documents);

        var request = Assert.Single(transport.Requests);
        Assert.Equal("Bearer token-123", request.Headers["Authorization"]);
        Assert.False(request.Headers.ContainsKey("Ocp-Apim-Subscription-Key"));
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task Requests_stay_under_one_megabyte_with_CJK_sent_as_UTF8()
    {
        var transport = new MockTransport(request => MockResponse.Json(LanguageDetectionEcho(request)));
        var text = string.Concat(Enumerable.Repeat("新闻出版管理委员会发布通知。", 350)); // 4,900 characters, 14.7 KB in UTF-8
        var documents = Enumerable.Range(0, 1000).Select(i => new TextDocumentInput($"{i}", text)).ToList();

        var results = await Client(transport).DetectLanguageAsync(documents);

        Assert.Equal(1000, results.Documents.Count);
        Assert.True(transport.Requests.Count > 1);
        Assert.All(transport.Requests, r => Assert.True(Encoding.UTF8.GetByteCount(r.Body) <= LanguageLimits.MaxRequestBytes, $"A request of {Encoding.UTF8.GetByteCount(r.Body)} bytes."));
        Assert.Contains("新闻出版", transport.Requests[0].Body, StringComparison.Ordinal);
        // Full requests, not a document at a time: at least 60 documents of 14.7 KB fit in 1 MB.
        Assert.True(SimulatedLanguageService.Documents(transport.Requests[0]).Count >= 60);
    }

    private static string LanguageDetectionEcho(SentRequest request)
    {
        var documents = SimulatedLanguageService.Documents(request).Select(d => $$"""
            {"id":"{{(string)d!["id"]!}}","detectedLanguage":{"name":"Chinese_Simplified","iso6391Name":"zh_chs","confidenceScore":1.0},"warnings":[]}
            """);
        return $$$"""{"kind":"LanguageDetectionResults","results":{"documents":[{{{string.Join(",", documents)}}}],"errors":[],"modelVersion":"2023-12-01"}}""";
    }

    private static MockTransport Sequence(params MockResponse[] responses)
    {
        var next = 0;
        return new MockTransport(_ => responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)]);
    }

    private static LanguageClient Client(MockTransport transport) => new(Endpoint, new AzureKeyCredential("unit-key"), new LanguageClientOptions
    {
        Transport = transport,
        Retry = { MaxRetries = 3, Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        JobPollingInterval = TimeSpan.FromMilliseconds(1),
    });

    private sealed class RecordingCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("token-123", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
