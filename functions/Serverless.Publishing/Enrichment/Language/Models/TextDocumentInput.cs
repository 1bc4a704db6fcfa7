namespace Serverless.Publishing.Enrichment.Language;

/// <summary>A document sent to the service; <paramref name="Language"/> unset means the service default.</summary>
public sealed record TextDocumentInput(string Id, string Text, string? Language = null);
