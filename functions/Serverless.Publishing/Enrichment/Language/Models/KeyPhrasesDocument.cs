namespace Serverless.Publishing.Enrichment.Language;

public sealed record KeyPhrasesDocument(string Id, IReadOnlyList<string> KeyPhrases) : IDocumentResult
{
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
