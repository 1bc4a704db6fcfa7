using System.Text.Encodings.Web;
using System.Text.Json;

namespace Serverless.Publishing.Articles;

/// <summary>One JSON setting for every blob we write: camelCase, CJK as characters, indented for people.</summary>
public static class ArticleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // CJK stays readable as characters; our JSON is never inlined into HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static BinaryData Serialize<T>(T value) => BinaryData.FromObjectAsJson(value, Options);

    public static T Deserialize<T>(BinaryData data) =>
        data.ToObjectFromJson<T>(Options) ?? throw new JsonException($"Blob held JSON null, expected {typeof(T).Name}.");
}
