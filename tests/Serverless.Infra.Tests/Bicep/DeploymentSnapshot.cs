using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Serverless.Infra.Tests.Bicep;

/// <summary>
/// Resources a deployment would create, evaluated offline by <c>bicep snapshot</c>: modules and loops expanded,
/// names and ids resolved. Values known only at deployment time stay ARM expressions (reference(), listKeys()).
/// </summary>
public sealed class DeploymentSnapshot(IReadOnlyList<PredictedResource> resources, JsonObject outputs)
{
    public IReadOnlyList<PredictedResource> Resources { get; } = resources;

    public JsonObject Outputs { get; } = outputs;

    public IEnumerable<PredictedResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public PredictedResource Single(string type, Func<PredictedResource, bool>? predicate = null) =>
        OfType(type).Single(predicate ?? (_ => true));

    /// <summary>Writes a temporary .bicepparam for the template and snapshots it.</summary>
    public static async Task<DeploymentSnapshot> CreateAsync(
        string template,
        IReadOnlyDictionary<string, string> parameters,
        DeploymentTarget target,
        CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("bicep-snapshot-");
        try
        {
            // A .bicepparam may only refer to its template by a relative path.
            var relative = Path.GetRelativePath(directory.FullName, template).Replace('\\', '/');
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"using '{relative}'\n");
            foreach (var (name, value) in parameters)
            {
                text.Append(CultureInfo.InvariantCulture, $"param {name} = '{value.Replace("'", "\\'", StringComparison.Ordinal)}'\n");
            }

            var parameterFile = Path.Combine(directory.FullName, "snapshot.bicepparam");
            await File.WriteAllTextAsync(parameterFile, text.ToString(), cancellationToken);

            List<string> arguments =
            [
                "snapshot", parameterFile,
                "--subscription-id", target.SubscriptionId,
                "--tenant-id", target.TenantId,
                "--location", target.Location,
                "--deployment-name", target.DeploymentName,
            ];
            if (target.ResourceGroup is { } resourceGroup)
            {
                arguments.AddRange(["--resource-group", resourceGroup]);
            }

            (await BicepCli.RunAsync(directory.FullName, arguments, cancellationToken)).EnsureClean();

            var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory.FullName, "snapshot.snapshot.json"), cancellationToken))
                ?? throw new InvalidOperationException("bicep snapshot wrote no JSON.");
            var predicted = (snapshot["predictedResources"] as JsonArray ?? []).OfType<JsonObject>().Select(r => new PredictedResource(r));
            return new DeploymentSnapshot([.. predicted], snapshot["outputs"] as JsonObject ?? []);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

public sealed record DeploymentTarget(string SubscriptionId, string TenantId, string Location, string DeploymentName, string? ResourceGroup = null);

public sealed record PredictedResource(JsonObject Node)
{
    public string Type => (string?)Node["type"] ?? "";

    /// <summary>Resource id, or an ARM expression when it depends on a deployment-time value.</summary>
    public string Id => (string?)Node["id"] ?? "";

    public string Name => (string?)Node["name"] ?? "";

    public JsonObject Properties => Node["properties"] as JsonObject ?? [];

    public string? Property(string name) => (string?)Properties[name];
}
