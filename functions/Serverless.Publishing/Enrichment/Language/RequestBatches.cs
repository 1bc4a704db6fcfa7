using System.Globalization;
using System.Text.Json;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>Cuts a document list into requests that respect a feature's count, byte and text limits.</summary>
internal static class RequestBatches
{
    // Room for kind, parameters and tasks around the documents array.
    private const int EnvelopeBytes = 4_096;

    public static IEnumerable<IReadOnlyList<TextDocumentInput>> Split(
        IReadOnlyList<TextDocumentInput> documents, int maxDocuments, int maxBytes = LanguageLimits.MaxRequestBytes, int maxTextElements = int.MaxValue)
    {
        var batch = new List<TextDocumentInput>();
        long bytes = EnvelopeBytes;
        long elements = 0;
        foreach (var document in documents)
        {
            var documentBytes = JsonSerializer.SerializeToUtf8Bytes(document, LanguageJsonContext.Wire.TextDocumentInput).Length + 1;
            var documentElements = maxTextElements == int.MaxValue ? 0 : new StringInfo(document.Text).LengthInTextElements;
            if (batch.Count > 0 && (batch.Count == maxDocuments || bytes + documentBytes > maxBytes || elements + documentElements > maxTextElements))
            {
                yield return batch;
                batch = [];
                bytes = EnvelopeBytes;
                elements = 0;
            }

            batch.Add(document);
            bytes += documentBytes;
            elements += documentElements;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
