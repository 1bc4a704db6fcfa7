using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>Source-generated serialization of the wire shapes: camelCase, nulls omitted, CJK written as UTF-8.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(AnalyzeTextRequest))]
[JsonSerializable(typeof(AnalyzeTextJobRequest))]
[JsonSerializable(typeof(AnalyzeTextJobState))]
[JsonSerializable(typeof(AnalyzeTextResponse<LanguageDetectionDocument>))]
[JsonSerializable(typeof(AnalyzeTextResponse<KeyPhrasesDocument>))]
[JsonSerializable(typeof(AnalyzeTextResponse<EntitiesDocument>))]
[JsonSerializable(typeof(AnalyzeTextResponse<DocumentSentiment>))]
[JsonSerializable(typeof(AnalyzeTextResults<ExtractiveSummaryDocument>))]
[JsonSerializable(typeof(AnalyzeTextResults<AbstractiveSummaryDocument>))]
internal sealed partial class LanguageJsonContext : JsonSerializerContext
{
    /// <summary>Writes CJK as UTF-8 rather than \u escapes: a third of the bytes against the 1 MB request limit.</summary>
    public static LanguageJsonContext Wire { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true, // a response missing what the API promises is malformed, not a null later
        RespectRequiredConstructorParameters = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
