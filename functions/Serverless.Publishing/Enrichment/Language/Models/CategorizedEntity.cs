namespace Serverless.Publishing.Enrichment.Language;

/// <summary>An entity; offset and length in UTF-16 code units, as the client requests.</summary>
public sealed record CategorizedEntity(string Text, string Category, int Offset, int Length, double ConfidenceScore)
{
    public string? Subcategory { get; init; }
}

public sealed record EntitiesDocument(string Id, IReadOnlyList<CategorizedEntity> Entities) : IDocumentResult
{
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
