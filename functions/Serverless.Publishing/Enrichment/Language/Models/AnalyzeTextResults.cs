namespace Serverless.Publishing.Enrichment.Language;

/// <summary>Per-document results of one feature, in the service's "results" shape.</summary>
public sealed class AnalyzeTextResults<T> where T : IDocumentResult
{
    public required IReadOnlyList<T> Documents { get; init; }

    /// <summary>Documents the service rejected; the rest of the batch still has results.</summary>
    public IReadOnlyList<DocumentError> Errors { get; init; } = [];

    public string ModelVersion { get; init; } = "";

    internal static AnalyzeTextResults<T> Merge(IReadOnlyList<AnalyzeTextResults<T>> parts) => parts.Count == 1
        ? parts[0]
        : new()
        {
            Documents = parts.SelectMany(p => p.Documents).ToList(),
            Errors = parts.SelectMany(p => p.Errors).ToList(),
            ModelVersion = parts.Select(p => p.ModelVersion).FirstOrDefault(v => v.Length > 0) ?? "",
        };
}

public interface IDocumentResult
{
    string Id { get; }
}

public sealed record DocumentError(string Id, LanguageError Error);

public sealed record LanguageError(string Code, string Message)
{
    [System.Text.Json.Serialization.JsonPropertyName("innererror")]
    public LanguageError? InnerError { get; init; }

    public override string ToString() => InnerError is null ? $"{Code}: {Message}" : $"{Code}: {Message} ({InnerError})";
}

public sealed record DocumentWarning(string Code, string Message);
