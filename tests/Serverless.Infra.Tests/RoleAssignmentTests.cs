using System.Text.RegularExpressions;
using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Storage;

namespace Serverless.Infra.Tests;

/// <summary>Least roles, each on the one resource that needs it; never on the subscription or resource group.</summary>
[Trait("Category", "Integration")]
public sealed partial class RoleAssignmentTests
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string QueueDataMessageSender = "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a";
    private const string LanguageReader = "7628b7b8-a8b2-4cdc-b46f-e9b35248918e";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    [Fact]
    public async Task Every_role_assignment_is_scoped_to_a_resource_in_a_resource_group_deployment()
    {
        var assignments = (await Templates.MainAsync()).OfType("Microsoft.Authorization/roleAssignments").ToList();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, a =>
        {
            Assert.True(a.InResourceGroupDeployment, $"{a.Name} is deployed at subscription scope.");
            Assert.Matches(ResourceScope(), a.Scope ?? "(no scope: the resource group)");
            Assert.StartsWith("[guid(", a.Name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_app_and_the_developer_get_exactly_the_least_roles()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var identity = snapshot.Single("Microsoft.ManagedIdentity/userAssignedIdentities").Id;
        string Account(bool anonymous) => snapshot.Single("Microsoft.Storage/storageAccounts", a => (bool?)a.Properties["allowBlobPublicAccess"] == anonymous).Id;
        var language = snapshot.Single("Microsoft.CognitiveServices/accounts").Id;
        var insights = snapshot.Single("Microsoft.Insights/components").Id;
        var topic = snapshot.Single("Microsoft.EventGrid/systemTopics").Id;
        var pageEvents = snapshot.Single("Microsoft.Storage/storageAccounts/queueServices/queues", q => q.Name.EndsWith($"/{Queues.PageEvents}", StringComparison.Ordinal)).Id;
        var deadLetters = snapshot.Single("Microsoft.Storage/storageAccounts/blobServices/containers", c => c.Name.EndsWith("/deadletter", StringComparison.Ordinal)).Id;
        var developer = Templates.MainParameters["principalId"];
        string? Principal(string? principalId) => principalId switch
        {
            _ when principalId?.Contains($"'{identity}'", StringComparison.Ordinal) == true => "app",
            _ when principalId?.Contains($"'{topic}'", StringComparison.Ordinal) == true => "eventgrid",
            _ when principalId == developer => "developer",
            _ => principalId,
        };

        var granted = snapshot.OfType("Microsoft.Authorization/roleAssignments")
            .Select(a => (
                Principal: Principal(a.Property("principalId")),
                Scope: AssignmentScope(a.Id),
                Role: a.Property("roleDefinitionId")?.Split('/')[^1]))
            .Order()
            .ToList();

        (string, string, string)[] expected =
        [
            ("app", Account(anonymous: false), BlobDataOwner), // also AzureWebJobsStorage and the deployment package
            ("app", Account(anonymous: false), QueueDataContributor), // the stage queues and their poison queues
            ("app", Account(anonymous: true), BlobDataContributor), // writes the feed and site
            ("app", language, LanguageReader),
            ("app", insights, MonitoringMetricsPublisher),
            ("eventgrid", deadLetters, BlobDataContributor), // dead-letters undeliverable events, in that container only
            ("eventgrid", pageEvents, QueueDataMessageSender), // delivers BlobCreated/BlobDeleted events, to that queue only
            ("developer", Account(anonymous: false), BlobDataContributor), // uploads pages
            ("developer", language, LanguageReader), // local runs against the Language account
        ];
        Assert.Equal(expected.Order(), granted.Select(g => (g.Principal!, g.Scope, g.Role!)));
    }

    [Fact]
    public async Task Role_definitions_are_referenced_by_their_built_in_ids()
    {
        var assignments = (await Templates.MainAsync()).OfType("Microsoft.Authorization/roleAssignments");

        Assert.All(assignments, a => Assert.StartsWith(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions'", (string?)a.Properties["roleDefinitionId"], StringComparison.Ordinal));
    }

    /// <summary>The resource a role assignment id is scoped to; ids depending on a principal id stay extensionResourceId() expressions.</summary>
    private static string AssignmentScope(string id)
    {
        var match = AssignmentId().Match(id);
        Assert.True(match.Success, $"Not a resource-scoped role assignment id: {id}");
        return match.Groups["scope"].Value;
    }

    // resourceId('<provider>/<type>', ...) or a ['<provider>/<type>', ...] scope: a resource, not a group or subscription.
    [GeneratedRegex(@"^\[(resourceId|extensionResourceId)\('Microsoft\.[A-Za-z]+/[A-Za-z]+")]
    private static partial Regex ResourceScope();

    [GeneratedRegex(@"^(\[extensionResourceId\('(?<scope>/subscriptions/[^/]+/resourceGroups/[^/]+/providers/[^']+)', 'Microsoft.Authorization/roleAssignments'|(?<scope>/subscriptions/[^/]+/resourceGroups/[^/]+/providers/.+?)/providers/Microsoft.Authorization/roleAssignments/)")]
    private static partial Regex AssignmentId();
}
