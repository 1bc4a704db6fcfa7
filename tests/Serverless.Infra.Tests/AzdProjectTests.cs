using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;
using Serverless.Testing;

namespace Serverless.Infra.Tests;

/// <summary>azure.yaml, main.parameters.json and the outputs fit together for `azd up`.</summary>
[Trait("Category", "Integration")]
public sealed partial class AzdProjectTests
{
    private static readonly string AzureYaml = File.ReadAllText(Path.Combine(TestPaths.Repository, "azure.yaml"));

    [Fact]
    public async Task The_one_service_is_the_function_app_tagged_for_azd()
    {
        var service = Assert.Single(ServiceBlock().Matches(AzureYaml));
        var project = Path.GetFullPath(Path.Combine(TestPaths.Repository, service.Groups["project"].Value));

        Assert.Equal(Path.Combine(TestPaths.Repository, "functions", "Serverless.Functions"), project);
        Assert.True(File.Exists(Path.Combine(project, "Serverless.Functions.csproj")));
        Assert.Equal("function", service.Groups["host"].Value);
        // azd finds the app to deploy to by this tag.
        var site = (await Templates.MainSnapshotAsync()).Single("Microsoft.Web/sites");
        Assert.Equal(service.Groups["name"].Value, (string?)site.Node["tags"]?["azd-service-name"]);
    }

    [Fact]
    public async Task Parameters_file_sets_every_required_parameter_and_nothing_unknown()
    {
        var declared = (await Templates.MainAsync()).Parameters;
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Templates.Root, "main.parameters.json"), CancellationToken.None))!;
        var given = file["parameters"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Empty(given.Except(declared.Select(p => p.Key)));
        var required = declared.Where(p => p.Value?["defaultValue"] is null).Select(p => p.Key);
        Assert.Empty(required.Except(given));
        Assert.Equal("${AZURE_ENV_NAME}", (string?)file["parameters"]!["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)file["parameters"]!["location"]!["value"]);
    }

    [Fact]
    public async Task Outputs_name_the_feed_url_the_storage_accounts_and_the_app()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        string Output(string name) => (string?)snapshot.Outputs[name] ?? throw new Xunit.Sdk.XunitException($"No output {name}.");
        var publicAccount = snapshot.Single("Microsoft.Storage/storageAccounts", a => (bool?)a.Properties["allowBlobPublicAccess"] == true);
        var privateAccount = snapshot.Single("Microsoft.Storage/storageAccounts", a => (bool?)a.Properties["allowBlobPublicAccess"] == false);

        Assert.Equal(snapshot.Single("Microsoft.Web/sites").Name, Output("AZURE_FUNCTION_APP_NAME"));
        Assert.Equal(privateAccount.Name, Output("AZURE_STORAGE_ACCOUNT_NAME"));
        Assert.Equal(publicAccount.Name, Output("AZURE_PUBLIC_STORAGE_ACCOUNT_NAME"));
        Assert.Equal(Templates.ResourceGroup, Output("AZURE_RESOURCE_GROUP"));
        Assert.Equal(
            $"[format('{{0}}{new StorageOptions().FeedContainer}/{PublishFeedService.RssBlob}', reference('{publicAccount.Id}', '2024-01-01').primaryEndpoints.blob)]",
            Output("FEED_URL"));
    }

    // services:\n  <name>:\n    project: <path>\n    language: dotnet\n    host: <host>
    [GeneratedRegex(@"^services:\s*\n\s{2}(?<name>[\w-]+):\s*\n\s{4}project:\s*(?<project>\S+)\s*\n\s{4}language:\s*dotnet\s*\n\s{4}host:\s*(?<host>\w+)", RegexOptions.Multiline)]
    private static partial Regex ServiceBlock();
}
