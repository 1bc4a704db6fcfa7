using System.Reflection;
using System.Text.Json.Nodes;

namespace Serverless.Functions.Tests;

/// <summary>The functions.metadata that the Worker SDK generates for the Function App; the host indexes functions from it.</summary>
public static class FunctionMetadata
{
    private static readonly Lazy<IReadOnlyList<FunctionEntry>> Entries = new(Load);

    public static IReadOnlyList<FunctionEntry> Functions => Entries.Value;

    private static IReadOnlyList<FunctionEntry> Load()
    {
        var path = typeof(FunctionMetadata).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "FunctionsMetadata").Value
            ?? throw new InvalidOperationException("The test assembly has no FunctionsMetadata path.");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("functions.metadata was not generated; build functions/Serverless.Functions.", path);
        }

        var functions = JsonNode.Parse(File.ReadAllText(path)) as JsonArray
            ?? throw new InvalidOperationException($"{path} is not a JSON array.");
        return [.. functions.OfType<JsonObject>().Select(f => new FunctionEntry(f))];
    }
}

public sealed record FunctionEntry(JsonObject Node)
{
    public string Name => (string?)Node["name"] ?? "";

    public IEnumerable<JsonObject> Bindings => (Node["bindings"] as JsonArray ?? []).OfType<JsonObject>();

    public JsonObject Trigger => Bindings.Single(b => ((string?)b["type"])?.EndsWith("Trigger", StringComparison.Ordinal) == true);
}
