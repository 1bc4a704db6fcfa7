using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Serverless.Testing;

namespace Serverless.Functions.Tests;

/// <summary>test.http posts, for every blob-triggered function, an Event Grid BlobCreated event for its container to the local webhook.</summary>
public sealed partial class TestHttpTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(TestPaths.Repository, "functions", "Serverless.Functions", "test.http"));

    [Fact]
    public void Every_function_has_a_request_with_a_BlobCreated_event_for_its_container()
    {
        var requests = Requests().ToDictionary(r => r.Function);

        foreach (var function in FunctionMetadata.Functions)
        {
            var container = ((string?)function.Trigger["path"])!.Split('/')[0];
            Assert.True(requests.TryGetValue(function.Name, out var request), $"test.http has no request for {function.Name}.");

            var blobEvent = Assert.Single(request.Events)!;
            Assert.Equal("Microsoft.Storage.BlobCreated", (string?)blobEvent["eventType"]);
            Assert.StartsWith($"/blobServices/default/containers/{container}/blobs/", (string?)blobEvent["subject"], StringComparison.Ordinal);
            Assert.StartsWith($"http://127.0.0.1:10000/devstoreaccount1/{container}/", (string?)blobEvent["data"]?["url"], StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string Function, JsonArray Events)> Requests()
    {
        var variables = Variable().Matches(Text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim());
        foreach (var block in Text.Split("\n###").Skip(1))
        {
            var function = FunctionName().Match(block).Groups["function"].Value;
            Assert.Contains("aeg-event-type: Notification", block, StringComparison.Ordinal);
            var body = block[block.IndexOf("\n[", StringComparison.Ordinal)..];
            var resolved = Placeholder().Replace(body, m => m.Groups["name"].Value switch
            {
                "$guid" => Guid.Empty.ToString(),
                "$datetime iso8601" => "2026-01-01T00:00:00Z",
                var name => variables[name],
            });
            yield return (function, JsonNode.Parse(resolved)!.AsArray());
        }
    }

    [GeneratedRegex(@"^@(?<name>\w+)\s*=\s*(?<value>.+)$", RegexOptions.Multiline)]
    private static partial Regex Variable();

    [GeneratedRegex(@"POST \{\{host\}\}/runtime/webhooks/blobs\?functionName=Host\.Functions\.(?<function>\w+)")]
    private static partial Regex FunctionName();

    [GeneratedRegex(@"\{\{(?<name>[^}]+)\}\}")]
    private static partial Regex Placeholder();
}
