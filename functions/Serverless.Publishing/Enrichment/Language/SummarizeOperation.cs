using System.Text.Json;
using Azure;

namespace Serverless.Publishing.Enrichment.Language;

public sealed record SummarizeOptions(string? ModelVersion = null, int SentenceCount = 3, bool Abstractive = false);

/// <summary>Submitted summarization jobs; awaiting them polls each Operation-Location until it finishes.</summary>
public class SummarizeOperation
{
    private readonly LanguageClient client = null!;
    private readonly bool abstractive;

    internal SummarizeOperation(LanguageClient client, IReadOnlyList<Uri> jobs, bool abstractive)
    {
        this.client = client;
        this.abstractive = abstractive;
        Jobs = jobs;
    }

    /// <summary>For mocking.</summary>
    protected SummarizeOperation()
    {
        Jobs = [];
    }

    public IReadOnlyList<Uri> Jobs { get; }

    public virtual async Task<SummarizationResults> WaitForCompletionAsync(CancellationToken cancellationToken = default)
    {
        var states = await Task.WhenAll(Jobs.Select(job => client.WaitForJobAsync(job, cancellationToken)));
        return abstractive
            ? new SummarizationResults(null, Collect(states, "AbstractiveSummarizationLROResults", LanguageJsonContext.Wire.AnalyzeTextResultsAbstractiveSummaryDocument))
            : new SummarizationResults(Collect(states, "ExtractiveSummarizationLROResults", LanguageJsonContext.Wire.AnalyzeTextResultsExtractiveSummaryDocument), null);
    }

    private static AnalyzeTextResults<T> Collect<T>(
        IEnumerable<AnalyzeTextJobState> states, string kind, System.Text.Json.Serialization.Metadata.JsonTypeInfo<AnalyzeTextResults<T>> typeInfo)
        where T : IDocumentResult
    {
        var parts = new List<AnalyzeTextResults<T>>();
        foreach (var state in states)
        {
            var task = state.Tasks?.Items.FirstOrDefault(t => t.Kind == kind)
                ?? throw new RequestFailedException(200, $"Analyze-text job {state.JobId} has no {kind} task.", "MissingTaskResult", null);
            if (!string.Equals(task.Status, "succeeded", StringComparison.OrdinalIgnoreCase) || task.Results is not { } results)
            {
                throw new RequestFailedException(200, $"Analyze-text job {state.JobId}: task {kind} {task.Status}.", "TaskFailed", null);
            }

            try
            {
                parts.Add(results.Deserialize(typeInfo) ?? throw new JsonException("The task results are JSON null."));
            }
            catch (JsonException ex)
            {
                throw new RequestFailedException(200, $"Analyze-text job {state.JobId}: {kind} results are malformed: {ex.Message}", "MalformedResponse", ex);
            }
        }

        return parts.Count == 0 ? new AnalyzeTextResults<T> { Documents = [] } : AnalyzeTextResults<T>.Merge(parts);
    }
}
