using System.Text.Json;

namespace Serverless.Publishing.Enrichment.Language;

// Request and envelope shapes of /language/:analyze-text and /language/analyze-text/jobs (2023-04-01).

internal sealed record AnalyzeTextRequest(string Kind, TaskParameters Parameters, AnalysisInput AnalysisInput);

internal sealed record AnalysisInput(IReadOnlyList<TextDocumentInput> Documents);

internal sealed record TaskParameters
{
    public string? ModelVersion { get; init; }

    /// <summary>Utf16CodeUnit makes offsets index .NET strings; the service default counts text elements.</summary>
    public string? StringIndexType { get; init; }

    public bool? LoggingOptOut { get; init; }

    public bool? OpinionMining { get; init; }

    public int? SentenceCount { get; init; }

    public string? SortBy { get; init; }
}

internal sealed record AnalyzeTextResponse<T>(string Kind, AnalyzeTextResults<T> Results) where T : IDocumentResult;

internal sealed record AnalyzeTextJobRequest(string DisplayName, AnalysisInput AnalysisInput, IReadOnlyList<JobTask> Tasks);

internal sealed record JobTask(string Kind, string TaskName, TaskParameters Parameters);

internal sealed record AnalyzeTextJobState(string JobId, string Status)
{
    public IReadOnlyList<LanguageError> Errors { get; init; } = [];

    public JobTasks? Tasks { get; init; }
}

internal sealed record JobTasks(int Completed, int Failed, int InProgress, int Total)
{
    public IReadOnlyList<JobTaskState> Items { get; init; } = [];
}

internal sealed record JobTaskState(string Kind, string Status)
{
    public string? TaskName { get; init; }

    public JsonElement? Results { get; init; }
}
