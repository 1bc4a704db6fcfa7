using System.Text.Json.Nodes;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Enrichment.Language;

/// <summary>Microsoft's documented request/response examples, kept beside this file in Examples/.</summary>
internal static class LanguageApiExamples
{
    private static string Folder => Path.Combine(TestPaths.Repository, "tests", "Serverless.Publishing.Tests", "Enrichment", "Language", "Examples");

    public static JsonNode Load(string fileName) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, fileName)))!;

    public static JsonNode RequestBody(JsonNode example) => example["parameters"]!["body"]!;

    public static JsonNode ResponseBody(JsonNode example, string status = "200") => example["responses"]![status]!["body"]!;

    /// <summary>Asserts every property and array element of <paramref name="expected"/> is in <paramref name="actual"/>.</summary>
    public static void AssertContains(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual, exactMatch: false);
                foreach (var (name, value) in expectedObject)
                {
                    Assert.True(actualObject.ContainsKey(name), $"{path}.{name} is missing from the request.");
                    AssertContains(value, actualObject[name], $"{path}.{name}");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(expectedArray.Count == actualArray.Count, $"{path} has {actualArray.Count} items, expected {expectedArray.Count}.");
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    AssertContains(expectedArray[i], actualArray[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected?.ToJsonString()}, sent {actual?.ToJsonString()}.");
                break;
        }
    }
}
