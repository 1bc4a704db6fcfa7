namespace Serverless.Publishing.Enrichment.Language;

public sealed record DetectedLanguage(string Name, string Iso6391Name, double ConfidenceScore)
{
    public string? ScriptName { get; init; }

    public string? ScriptIso15924Code { get; init; }
}

public sealed record LanguageDetectionDocument(string Id, DetectedLanguage DetectedLanguage) : IDocumentResult
{
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
