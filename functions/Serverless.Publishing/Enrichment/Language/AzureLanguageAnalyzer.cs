using Azure;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>
/// Analyses documents with Azure AI Language. A document the service rejects, and a whole batch the service cannot
/// serve (quota used up, persistent failure), is analysed by <paramref name="fallback"/> instead, whose results
/// name their own provider. A used-up quota is remembered until its Retry-After, so no call is wasted on it.
/// </summary>
public sealed partial class AzureLanguageAnalyzer(
    LanguageClient client, ITextAnalyzer fallback, IOptions<LanguageOptions> options, TimeProvider time, ILogger<AzureLanguageAnalyzer> logger)
    : ITextAnalyzer
{
    public const string Provider = "azure-language";

    private long quotaBlockedUntilTicks;

    public async Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken)
    {
        var results = new TextAnalysis?[documents.Count];
        var eligible = Enumerable.Range(0, documents.Count).Where(i => !string.IsNullOrWhiteSpace(documents[i].Text)).ToList();
        if (eligible.Count > 0)
        {
            if (QuotaBlockedUntil() is { } until)
            {
                LogQuotaStillExhausted(logger, until, eligible.Count);
            }
            else
            {
                await TryServiceAsync(documents, eligible, results, cancellationToken);
            }
        }

        var missing = Enumerable.Range(0, documents.Count).Where(i => results[i] is null).ToList();
        if (missing.Count > 0)
        {
            var offline = await fallback.AnalyzeAsync(missing.Select(i => documents[i]).ToList(), cancellationToken);
            for (var k = 0; k < missing.Count; k++)
            {
                results[missing[k]] = offline[k];
            }
        }

        return results!;
    }

    private async Task TryServiceAsync(IReadOnlyList<AnalysisDocument> documents, List<int> eligible, TextAnalysis?[] results, CancellationToken cancellationToken)
    {
        try
        {
            var run = new ServiceRun(client, options.Value, documents, eligible);
            await run.ExecuteAsync(cancellationToken);
            foreach (var (index, analysis) in run.Results)
            {
                results[index] = analysis;
            }

            foreach (var (index, error) in run.Failures)
            {
                LogDocumentRejected(logger, documents[index].Id, error);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 403 && ex.GetRawResponse() is { } response && RetryAfter.Of(response, time.GetUtcNow()) is { } wait)
        {
            var until = time.GetUtcNow() + wait;
            Interlocked.Exchange(ref quotaBlockedUntilTicks, until.UtcTicks);
            LogQuotaExhausted(logger, until, eligible.Count, ex.ErrorCode, ex.Message);
        }
        catch (Exception ex) when (IsServiceFailure(ex, cancellationToken))
        {
            LogServiceFailed(logger, ex, eligible.Count, (ex as RequestFailedException)?.Status ?? 0);
        }
    }

    /// <summary>
    /// What the service or the way to it can fail with: answers, credentials, and (after the pipeline's retries,
    /// which aggregate them) unreachable endpoints and timeouts. Our own cancellation is not one.
    /// </summary>
    private static bool IsServiceFailure(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && exception switch
        {
            RequestFailedException or AuthenticationFailedException or OperationCanceledException => true,
            AggregateException aggregate => aggregate.InnerExceptions.All(e => IsServiceFailure(e, cancellationToken)),
            _ => false,
        };

    private DateTimeOffset? QuotaBlockedUntil()
    {
        var ticks = Interlocked.Read(ref quotaBlockedUntilTicks);
        return ticks > time.GetUtcNow().UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language quota is used up until {Until}; {Count} documents are analysed offline ({ErrorCode}: {ErrorMessage})")]
    private static partial void LogQuotaExhausted(ILogger logger, DateTimeOffset until, int count, string? errorCode, string errorMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Azure AI Language quota is used up until {Until}; {Count} documents are analysed offline")]
    private static partial void LogQuotaStillExhausted(ILogger logger, DateTimeOffset until, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language failed (status {Status}); {Count} documents are analysed offline")]
    private static partial void LogServiceFailed(ILogger logger, Exception exception, int count, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language rejected document {DocumentId} ({Error}); it is analysed offline")]
    private static partial void LogDocumentRejected(ILogger logger, string documentId, string error);
}
