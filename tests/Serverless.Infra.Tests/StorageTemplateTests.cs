using Serverless.Infra.Tests.Bicep;
using Serverless.Publishing.Storage;

namespace Serverless.Infra.Tests;

/// <summary>A closed private account for the pipeline, a public one that exposes only feed and site.</summary>
[Trait("Category", "Integration")]
public sealed class StorageTemplateTests
{
    private static readonly StorageOptions Names = new();

    [Fact]
    public async Task Private_account_is_closed_to_keys_and_anonymous_access()
    {
        var accounts = (await Templates.MainAsync()).OfType("Microsoft.Storage/storageAccounts").ToList();
        Assert.Equal(2, accounts.Count);
        var privateAccount = Assert.Single(accounts, a => a.Module == "storage-private");

        Assert.False((bool?)privateAccount.Properties["allowSharedKeyAccess"]);
        Assert.False((bool?)privateAccount.Properties["allowBlobPublicAccess"]);
        Assert.Equal("TLS1_2", (string?)privateAccount.Properties["minimumTlsVersion"]);
        Assert.True((bool?)privateAccount.Properties["supportsHttpsTrafficOnly"]);
    }

    [Fact]
    public async Task Public_account_also_refuses_shared_keys()
    {
        var publicAccount = Assert.Single((await Templates.MainAsync()).OfType("Microsoft.Storage/storageAccounts"), a => a.Module == "storage-public");

        Assert.False((bool?)publicAccount.Properties["allowSharedKeyAccess"]);
        Assert.Equal("TLS1_2", (string?)publicAccount.Properties["minimumTlsVersion"]);
    }

    [Fact]
    public async Task Private_account_keeps_deleted_blobs_and_containers()
    {
        var blobService = Assert.Single((await Templates.MainAsync()).OfType("Microsoft.Storage/storageAccounts/blobServices"), s => s.Module == "storage-private");

        foreach (var policy in new[] { "deleteRetentionPolicy", "containerDeleteRetentionPolicy" })
        {
            Assert.True((bool?)blobService.Properties[policy]?["enabled"], policy);
        }
    }

    [Fact]
    public async Task Only_feed_and_site_are_readable_anonymously()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var privateAccount = FunctionAppTemplateTests.PrivateAccountId(snapshot);
        var containers = snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        var anonymous = containers.Where(c => c.Property("publicAccess") is not (null or "None")).ToList();
        Assert.Equal([Names.FeedContainer, Names.SiteContainer], anonymous.Select(c => c.Name.Split('/')[^1]).Order());
        Assert.All(anonymous, c => Assert.Equal("Blob", c.Property("publicAccess")));
        Assert.All(anonymous, c => Assert.DoesNotContain(privateAccount + "/", c.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Private_account_has_every_pipeline_container()
    {
        var snapshot = await Templates.MainSnapshotAsync();
        var privateAccount = FunctionAppTemplateTests.PrivateAccountId(snapshot);

        var names = snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Where(c => c.Id.StartsWith(privateAccount + "/", StringComparison.Ordinal))
            .Select(c => c.Name.Split('/')[^1])
            .ToHashSet();

        Assert.Superset(new[] { Names.PagesContainer, Names.DraftsContainer, Names.ArticlesContainer, Names.CacheContainer, Names.ErrorsContainer }.ToHashSet(), names);
    }
}
