using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>
/// Azure AI Language analyze-text client on Azure.Core: key or Microsoft Entra ID authentication, the pipeline's
/// retries, requests batched to each feature's documented limits, and the jobs API for summaries.
/// </summary>
public class LanguageClient
{
    public const string DefaultScope = "https://cognitiveservices.azure.com/.default";

    private readonly HttpPipeline pipeline = null!;
    private readonly LanguageClientOptions options = null!;
    private readonly Uri endpoint = null!;
    private readonly string baseAddress = null!;

    public LanguageClient(Uri endpoint, AzureKeyCredential credential, LanguageClientOptions? options = null)
        : this(endpoint, options ?? new LanguageClientOptions(), new LanguageKeyCredentialPolicy(credential))
    {
    }

    public LanguageClient(Uri endpoint, TokenCredential credential, LanguageClientOptions? options = null)
        : this(endpoint, options ?? new LanguageClientOptions(), new BearerTokenAuthenticationPolicy(credential, DefaultScope))
    {
    }

    /// <summary>For mocking.</summary>
    protected LanguageClient()
    {
    }

    private LanguageClient(Uri endpoint, LanguageClientOptions options, HttpPipelinePolicy authentication)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The Language endpoint must be an absolute URI.", nameof(endpoint));
        }

        // The standard retry, bounded by MaxRetryAfter, unless the caller brought a retry policy of its own.
        options.RetryPolicy ??= new LanguageRetryPolicy(options.Retry.MaxRetries, DelayStrategyOf(options.Retry), options.MaxRetryAfter);
        this.options = options;
        this.endpoint = endpoint;
        baseAddress = endpoint.AbsoluteUri.TrimEnd('/');
        pipeline = HttpPipelineBuilder.Build(options, [], [authentication], new ResponseClassifier());
    }

    public virtual Uri Endpoint => endpoint;

    public virtual Task<AnalyzeTextResults<LanguageDetectionDocument>> DetectLanguageAsync(
        IReadOnlyList<TextDocumentInput> documents, string? modelVersion = null, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(AnalyzeTextKinds.LanguageDetection, documents, new TaskParameters { ModelVersion = modelVersion },
            LanguageJsonContext.Wire.AnalyzeTextResponseLanguageDetectionDocument, cancellationToken);

    public virtual Task<AnalyzeTextResults<KeyPhrasesDocument>> ExtractKeyPhrasesAsync(
        IReadOnlyList<TextDocumentInput> documents, string? modelVersion = null, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(AnalyzeTextKinds.KeyPhraseExtraction, documents, new TaskParameters { ModelVersion = modelVersion },
            LanguageJsonContext.Wire.AnalyzeTextResponseKeyPhrasesDocument, cancellationToken);

    public virtual Task<AnalyzeTextResults<EntitiesDocument>> RecognizeEntitiesAsync(
        IReadOnlyList<TextDocumentInput> documents, string? modelVersion = null, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(AnalyzeTextKinds.EntityRecognition, documents, new TaskParameters { ModelVersion = modelVersion, StringIndexType = Utf16 },
            LanguageJsonContext.Wire.AnalyzeTextResponseEntitiesDocument, cancellationToken);

    public virtual Task<AnalyzeTextResults<DocumentSentiment>> AnalyzeSentimentAsync(
        IReadOnlyList<TextDocumentInput> documents, string? modelVersion = null, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(AnalyzeTextKinds.SentimentAnalysis, documents, new TaskParameters { ModelVersion = modelVersion, StringIndexType = Utf16 },
            LanguageJsonContext.Wire.AnalyzeTextResponseDocumentSentiment, cancellationToken);

    /// <summary>Submits summarization jobs (25 documents, 125,000 text elements each); await the operation for results.</summary>
    public virtual async Task<SummarizeOperation> StartSummarizeAsync(
        IReadOnlyList<TextDocumentInput> documents, SummarizeOptions summarize, CancellationToken cancellationToken = default)
    {
        var kind = summarize.Abstractive ? AnalyzeTextKinds.AbstractiveSummarization : AnalyzeTextKinds.ExtractiveSummarization;
        var parameters = new TaskParameters
        {
            ModelVersion = summarize.ModelVersion,
            StringIndexType = Utf16,
            SentenceCount = summarize.SentenceCount,
            SortBy = summarize.Abstractive ? null : "Offset",
        };

        var jobs = new List<Uri>();
        foreach (var batch in RequestBatches.Split(documents, LanguageLimits.MaxJobDocuments, maxTextElements: LanguageLimits.MaxJobTextElements))
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(
                new AnalyzeTextJobRequest("Serverless article summaries", new AnalysisInput(batch), [new JobTask(kind, "summary", parameters)]),
                LanguageJsonContext.Wire.AnalyzeTextJobRequest);
            using var message = CreateMessage(RequestMethod.Post, new Uri($"{baseAddress}/language/analyze-text/jobs?api-version={options.ApiVersion}"), body);
            await pipeline.SendAsync(message, cancellationToken);
            var response = ThrowIfFailed(message.Response);
            jobs.Add(JobLocation(response));
        }

        return new SummarizeOperation(this, jobs, summarize.Abstractive);
    }

    internal async Task<AnalyzeTextJobState> WaitForJobAsync(Uri location, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.JobTimeout);
        try
        {
            while (true)
            {
                using var message = CreateMessage(RequestMethod.Get, location, body: null);
                await pipeline.SendAsync(message, timeout.Token);
                var response = ThrowIfFailed(message.Response);
                var state = Read(response, LanguageJsonContext.Wire.AnalyzeTextJobState);
                switch (state.Status.ToLowerInvariant())
                {
                    case "succeeded" or "partiallycompleted" or "partiallysucceeded":
                        return state;
                    case "failed" or "cancelled" or "cancelling":
                        var error = state.Errors.FirstOrDefault();
                        throw new RequestFailedException(response.Status,
                            $"Analyze-text job {state.JobId} {state.Status}: {error?.ToString() ?? "no error given"}", error?.Code ?? "JobFailed", null);
                    default:
                        await Task.Delay(RetryAfter.Of(response) ?? options.JobPollingInterval, timeout.Token);
                        break;
                }
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RequestFailedException(0, $"Analyze-text job {location} did not finish within {options.JobTimeout}.", "JobTimeout", ex);
        }
    }

    internal static T Read<T>(Response response, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Content.ToMemory().Span, typeInfo)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException ex)
        {
            throw new RequestFailedException(response.Status,
                $"The Language service answered {response.Status} with a body that is not a {typeof(T).Name}: {ex.Message}", "MalformedResponse", ex);
        }
    }

    private const string Utf16 = "Utf16CodeUnit";

    private async Task<AnalyzeTextResults<T>> AnalyzeAsync<T>(
        string kind, IReadOnlyList<TextDocumentInput> documents, TaskParameters parameters,
        JsonTypeInfo<AnalyzeTextResponse<T>> typeInfo, CancellationToken cancellationToken) where T : IDocumentResult
    {
        if (documents.Count == 0)
        {
            return new AnalyzeTextResults<T> { Documents = [] };
        }

        var uri = new Uri($"{baseAddress}/language/:analyze-text?api-version={options.ApiVersion}");
        var results = new List<AnalyzeTextResults<T>>();
        foreach (var batch in RequestBatches.Split(documents, LanguageLimits.MaxDocuments(kind)))
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new AnalyzeTextRequest(kind, parameters, new AnalysisInput(batch)), LanguageJsonContext.Wire.AnalyzeTextRequest);
            using var message = CreateMessage(RequestMethod.Post, uri, body);
            await pipeline.SendAsync(message, cancellationToken);
            results.Add(Read(ThrowIfFailed(message.Response), typeInfo).Results);
        }

        return AnalyzeTextResults<T>.Merge(results);
    }

    private HttpMessage CreateMessage(RequestMethod method, Uri uri, byte[]? body)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(uri);
        request.Headers.SetValue(HttpHeader.Names.Accept, "application/json");
        if (body is not null)
        {
            request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
            request.Content = RequestContent.Create(body);
        }

        return message;
    }

    private static Response ThrowIfFailed(Response response) =>
        response.IsError ? throw new RequestFailedException(response) : response;

    /// <summary>The job's status URL; only followed on our own endpoint, since the request carries our credential.</summary>
    private Uri JobLocation(Response response)
    {
        if (!response.Headers.TryGetValue("Operation-Location", out var value) || !Uri.TryCreate(value, UriKind.Absolute, out var location))
        {
            throw new RequestFailedException(response.Status, "The Language service accepted a job without a valid Operation-Location header.", "MissingOperationLocation", null);
        }

        if (!string.Equals(location.Scheme, endpoint.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(location.Authority, endpoint.Authority, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestFailedException(response.Status, $"Operation-Location {location} is not on the endpoint {endpoint}.", "ForeignOperationLocation", null);
        }

        return location;
    }

    private static DelayStrategy DelayStrategyOf(RetryOptions retry) => retry.Mode == RetryMode.Fixed
        ? DelayStrategy.CreateFixedDelayStrategy(retry.Delay)
        : DelayStrategy.CreateExponentialDelayStrategy(retry.Delay, retry.MaxDelay);
}
