using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using EnrichmentRegistration = Serverless.Publishing.Enrichment.EnrichmentServiceCollectionExtensions;
using Serverless.Publishing.Enrichment.Caching;
using Serverless.Publishing.Enrichment.Language;

namespace Serverless.Publishing.Tests.Enrichment.Language;

public sealed class AzureLanguageAnalyzerTests
{
    [Fact]
    public async Task A_batch_of_23_articles_makes_ceil_23_5_entity_and_ceil_23_10_key_phrase_requests_and_a_rerun_none()
    {
        await using var harness = new AnalyzerHarness();
        var cached = new CachingTextAnalyzer(harness.Analyzer, new InMemoryAnalysisCache(),
            EnrichmentRegistration.AzureIdentity(harness.Options), NullLogger<CachingTextAnalyzer>.Instance);
        var articles = AnalyzerHarness.Articles(23);

        var first = await cached.AnalyzeAsync(articles, CancellationToken.None);

        Assert.Equal(5, harness.Endpoint.Count(AnalyzeTextKinds.EntityRecognition));
        Assert.Equal(3, harness.Endpoint.Count(AnalyzeTextKinds.KeyPhraseExtraction));
        Assert.Equal(3, harness.Endpoint.Count(AnalyzeTextKinds.SentimentAnalysis));
        Assert.Equal(1, harness.Endpoint.Count(AnalyzeTextKinds.LanguageDetection));
        Assert.Equal(1, harness.Endpoint.Count(SimulatedLanguageService.JobSubmit));
        Assert.Equal(1, harness.Endpoint.Count(SimulatedLanguageService.JobStatus)); // the simulated job is done at once
        Assert.Equal(14, harness.Endpoint.Requests.Count);
        Assert.All(harness.Endpoint.Requests, r => Assert.Equal(AnalyzerHarness.Key, r.Headers["Ocp-Apim-Subscription-Key"]));
        Assert.All(first, a => Assert.Equal((AzureLanguageAnalyzer.Provider, "zh-Hans", "2023-04-01"), (a.Analysis.Provider, a.Language, a.Analysis.ModelVersion)));
        for (var i = 0; i < articles.Count; i++)
        {
            var text = articles[i].Text;
            Assert.Equal(["张明华", "焦作", "张明华", "焦作"], first[i].Entities.Select(e => e.Text));
            Assert.All(first[i].Entities, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
            Assert.Equal([text[..text.IndexOf('。', StringComparison.Ordinal)] + "。"], first[i].Summary);
            Assert.Equal("neutral", first[i].Sentiment?.Label);
        }

        harness.Endpoint.Clear();
        var rerun = await cached.AnalyzeAsync(articles, CancellationToken.None);

        Assert.Empty(harness.Endpoint.Requests);
        Assert.Equal(first, rerun);
    }

    /// <summary>
    /// Issue 12 asks for one request per synchronous feature for a 14-article page; the documented limits (10 documents
    /// for key phrases and sentiment, 5 for entities; more is HTTP 400) make the fewest 2, 2 and 3. One batch goes in,
    /// cut only where the limits cut it, and the summaries go in one job.
    /// </summary>
    [Fact]
    public async Task The_sample_pages_14_articles_make_the_fewest_requests_the_documented_limits_allow()
    {
        await using var harness = new AnalyzerHarness();
        var page = Serverless.Publishing.Tests.Enrichment.Local.SamplePageArticles.Load(
            Serverless.Testing.TestPaths.SamplePage, Path.ChangeExtension(Serverless.Testing.TestPaths.SamplePage, ".truth.json"));
        var documents = page.Select(a => new AnalysisDocument($"sample-{a.Ordinal:D2}", a.Body, ContentHash.Of(a.Title, [a.Body]), a.Title)).ToList();
        Assert.Equal(14, documents.Count);

        var results = await harness.Analyzer.AnalyzeAsync(documents, CancellationToken.None);

        Assert.Equal(1, harness.Endpoint.Count(AnalyzeTextKinds.LanguageDetection));
        Assert.Equal(2, harness.Endpoint.Count(AnalyzeTextKinds.KeyPhraseExtraction));
        Assert.Equal(2, harness.Endpoint.Count(AnalyzeTextKinds.SentimentAnalysis));
        Assert.Equal(3, harness.Endpoint.Count(AnalyzeTextKinds.EntityRecognition));
        Assert.Equal(1, harness.Endpoint.Count(SimulatedLanguageService.JobSubmit));
        Assert.All(harness.Endpoint.Requests.Where(r => SimulatedLanguageService.KindOf(r) is { } kind && kind != SimulatedLanguageService.JobSubmit && kind != SimulatedLanguageService.JobStatus),
            r => Assert.InRange(SimulatedLanguageService.Documents(r).Count(), 1, LanguageLimits.MaxDocuments(SimulatedLanguageService.KindOf(r)!)));
        Assert.All(results, r => Assert.Equal(AzureLanguageAnalyzer.Provider, r.Analysis.Provider));
    }

    [Fact]
    public async Task A_document_over_5120_text_elements_is_split_and_entity_offsets_map_back_to_the_whole_text()
    {
        await using var harness = new AnalyzerHarness();
        var text = string.Join('\n', Enumerable.Range(0, 400).Select(i => i % 50 == 49
            ? $"第{i}段：记者张明华在焦作采访，发生一起交通事故。"
            : $"第{i}段：会议强调要扎实推进各项民生工作，确保落到实处。"));
        var document = new AnalysisDocument("long", text, ContentHash.Of("长文", [text]));

        var analysis = Assert.Single(await harness.Analyzer.AnalyzeAsync([document], CancellationToken.None));

        var parts = harness.Endpoint.Requests.Where(r => SimulatedLanguageService.KindOf(r) == AnalyzeTextKinds.EntityRecognition)
            .SelectMany(SimulatedLanguageService.Documents).ToList();
        Assert.True(parts.Count >= 3, $"{text.Length} characters went in {parts.Count} parts.");
        Assert.All(parts, p => Assert.True(new StringInfo((string)p!["text"]!).LengthInTextElements <= LanguageLimits.MaxTextElements));
        var detected = SimulatedLanguageService.Documents(harness.Endpoint.Requests.Single(r => SimulatedLanguageService.KindOf(r) == AnalyzeTextKinds.LanguageDetection));
        var sample = (string)detected.Single()!["text"]!;
        Assert.InRange(sample.Length, 900, 1_000); // one text record, cut at a sentence end
        Assert.True(text.StartsWith(sample, StringComparison.Ordinal) && sample.TrimEnd('\n').EndsWith('。'));

        Assert.Equal(AzureLanguageAnalyzer.Provider, analysis.Analysis.Provider);
        Assert.Equal(Occurrences(text, "张明华") + Occurrences(text, "焦作"), analysis.Entities.Count);
        Assert.All(analysis.Entities, e => Assert.Equal(e.Text, text.Substring(e.Offset, e.Length)));
        Assert.Contains(analysis.Entities, e => e.Offset > 2 * LanguageLimits.MaxTextElements);
        Assert.Equal(analysis.Entities.OrderBy(e => e.Offset).Select(e => e.Offset), analysis.Entities.Select(e => e.Offset));
        // Parts with the accident read negative, the rest neutral: no positive part, so not "mixed".
        Assert.Equal("negative", analysis.Sentiment?.Label);
    }

    [Fact]
    public async Task Used_up_quota_is_not_waited_on_the_batch_is_analysed_offline_and_the_service_left_alone_until_Retry_After()
    {
        await using var harness = new AnalyzerHarness();
        var healthy = harness.Endpoint.Respond;
        harness.Endpoint.Respond = _ => new ServedResponse(403,
            """{"error":{"code":"403","message":"Out of call volume quota for TextAnalytics F0 pricing tier. Please retry after 15 days."}}""",
            [("Retry-After", "1296000")]);
        var articles = AnalyzerHarness.Articles(3);

        var results = await harness.Analyzer.AnalyzeAsync(articles, CancellationToken.None);

        Assert.Single(harness.Endpoint.Requests);
        Assert.All(results, r => Assert.Equal("local", r.Analysis.Provider));
        var warning = Assert.Single(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("{Until}", warning.GetStructuredStateValue("{OriginalFormat}"), StringComparison.Ordinal);
        Assert.Equal("3", warning.GetStructuredStateValue("Count"));

        harness.Time.Advance(TimeSpan.FromDays(14));
        await harness.Analyzer.AnalyzeAsync(articles, CancellationToken.None);
        Assert.Single(harness.Endpoint.Requests);

        harness.Endpoint.Respond = healthy;
        harness.Time.Advance(TimeSpan.FromDays(1.5));
        var later = await harness.Analyzer.AnalyzeAsync(articles, CancellationToken.None);
        Assert.All(later, r => Assert.Equal(AzureLanguageAnalyzer.Provider, r.Analysis.Provider));
    }

    [Fact]
    public async Task A_per_document_error_sends_only_that_document_to_the_offline_analyzer()
    {
        await using var harness = new AnalyzerHarness(new SimulatedLanguageService
        {
            Names = [("张明华", "Person")],
            Rejected = [(AnalyzeTextKinds.EntityRecognition, "1.0")],
        });
        var articles = AnalyzerHarness.Articles(3);

        var results = await harness.Analyzer.AnalyzeAsync(articles, CancellationToken.None);

        Assert.Equal([AzureLanguageAnalyzer.Provider, "local", AzureLanguageAnalyzer.Provider], results.Select(r => r.Analysis.Provider));
        Assert.NotEmpty(results[0].Entities);
        var warning = Assert.Single(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal("article-1", warning.GetStructuredStateValue("DocumentId"));
        Assert.Contains("InvalidDocument", warning.GetStructuredStateValue("Error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_summary_job_falls_back_to_the_offline_analyzer_with_a_warning()
    {
        await using var harness = new AnalyzerHarness(new SimulatedLanguageService { FailJobs = true });

        var results = await harness.Analyzer.AnalyzeAsync(AnalyzerHarness.Articles(2), CancellationToken.None);

        Assert.All(results, r => Assert.Equal("local", r.Analysis.Provider));
        var warning = Assert.Single(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal("2", warning.GetStructuredStateValue("Count"));
        Assert.NotNull(warning.Exception);
    }

    [Fact]
    public async Task A_service_that_keeps_failing_is_retried_then_the_batch_is_analysed_offline()
    {
        await using var harness = new AnalyzerHarness();
        harness.Endpoint.Respond = _ => new ServedResponse(500, """{"error":{"code":"InternalServerError","message":"boom"}}""");

        var results = await harness.Analyzer.AnalyzeAsync(AnalyzerHarness.Articles(2), CancellationToken.None);

        Assert.Equal(1 + harness.Options.MaxRetries, harness.Endpoint.Requests.Count);
        Assert.All(results, r => Assert.Equal("local", r.Analysis.Provider));
        Assert.Equal("500", Assert.Single(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning).GetStructuredStateValue("Status"));
    }

    [Fact]
    public async Task An_unreachable_endpoint_falls_back_to_the_offline_analyzer()
    {
        // Port 1 (tcpmux) is privileged and unused: connections are refused.
        await using var harness = new AnalyzerHarness(endpoint: new Uri("http://127.0.0.1:1/"));

        var results = await harness.Analyzer.AnalyzeAsync(AnalyzerHarness.Articles(2), CancellationToken.None);

        Assert.All(results, r => Assert.Equal("local", r.Analysis.Provider));
        var warning = Assert.Single(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal("2", warning.GetStructuredStateValue("Count"));
    }

    [Fact]
    public async Task Cancellation_is_not_mistaken_for_a_service_failure()
    {
        await using var harness = new AnalyzerHarness();
        using var cancellation = new CancellationTokenSource();
        harness.Endpoint.Respond = _ =>
        {
            cancellation.Cancel();
            Thread.Sleep(200);
            return new ServedResponse(500);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Analyzer.AnalyzeAsync(AnalyzerHarness.Articles(1), cancellation.Token));
    }

    [Fact]
    public async Task A_server_error_then_success_is_enriched_by_the_service()
    {
        await using var harness = new AnalyzerHarness();
        var healthy = harness.Endpoint.Respond;
        var failures = 1;
        harness.Endpoint.Respond = request => Interlocked.Decrement(ref failures) >= 0 ? new ServedResponse(503) : healthy(request);

        var results = await harness.Analyzer.AnalyzeAsync(AnalyzerHarness.Articles(2), CancellationToken.None);

        Assert.All(results, r => Assert.Equal(AzureLanguageAnalyzer.Provider, r.Analysis.Provider));
        Assert.Equal(2, harness.Endpoint.Count(AnalyzeTextKinds.LanguageDetection));
    }

    [Fact]
    public async Task Empty_documents_are_not_sent()
    {
        await using var harness = new AnalyzerHarness();
        var documents = new[] { new AnalysisDocument("photo", "", ContentHash.Of("图片", [])), new AnalysisDocument("en", "Alice Smith spoke in Leeds on Monday. It rained.", "h-en") };

        var results = await harness.Analyzer.AnalyzeAsync(documents, CancellationToken.None);

        Assert.Equal(["local", AzureLanguageAnalyzer.Provider], results.Select(r => r.Analysis.Provider));
        Assert.All(harness.Endpoint.Requests.Where(r => r.Method == "POST"), r => Assert.Single(SimulatedLanguageService.Documents(r)));
        Assert.Equal(("en", "Alice Smith", 0), (results[1].Language, results[1].Entities.Single().Text, results[1].Entities.Single().Offset));
        Assert.Equal(["Alice Smith spoke in Leeds on Monday."], results[1].Summary);
    }

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
