using System.Text.Json.Nodes;

namespace Serverless.Infra.Tests.Bicep;

/// <summary>A compiled ARM template, with the resources of its nested (module) deployments flattened.</summary>
public sealed class ArmTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public JsonObject Parameters => Root["parameters"] as JsonObject ?? [];

    public JsonObject Outputs => Root["outputs"] as JsonObject ?? [];

    /// <summary>Every resource, modules included, with the chain of deployments that holds it.</summary>
    public IReadOnlyList<ArmResource> Resources { get; } = [.. Flatten(root, [])];

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public static ArmTemplate Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("The compiled template is not a JSON object."));

    private static IEnumerable<ArmResource> Flatten(JsonObject template, IReadOnlyList<JsonObject> deployments)
    {
        // Templates with languageVersion 2.0 key resources by symbolic name instead of listing them.
        var resources = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
            _ => [],
        };

        foreach (var resource in resources)
        {
            var armResource = new ArmResource(resource, deployments);
            yield return armResource;
            if (armResource.Type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Flatten(nested, [.. deployments, resource]))
                {
                    yield return inner;
                }
            }
        }
    }
}

/// <summary>One resource of a compiled template; names and values may still be ARM expressions.</summary>
public sealed record ArmResource(JsonObject Node, IReadOnlyList<JsonObject> Deployments)
{
    public string Type => (string?)Node["type"] ?? "";

    public string Name => (string?)Node["name"] ?? "";

    public string? Scope => (string?)Node["scope"];

    public JsonObject Properties => Node["properties"] as JsonObject ?? [];

    /// <summary>Name of the module deployment that holds the resource, or null at the top level.</summary>
    public string? Module => Deployments.Count == 0 ? null : (string?)Deployments[^1]["name"];

    /// <summary>True when the innermost deployment targets a resource group (a module with scope: rg).</summary>
    public bool InResourceGroupDeployment => Deployments.Count > 0 && Deployments[^1]["resourceGroup"] is not null;
}
