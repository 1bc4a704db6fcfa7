using Serverless.Cli.Commands;

namespace Serverless.Cli.Tests.Commands;

public sealed class StorageSettingsTests
{
    [Fact]
    public void A_connection_string_is_used_as_it_is()
    {
        var settings = StorageSettings.For("UseDevelopmentStorage=true", "AzureWebJobsStorage", "PipelineStorage");

        Assert.Equal("UseDevelopmentStorage=true", settings["AzureWebJobsStorage"]);
        Assert.Equal("UseDevelopmentStorage=true", settings["PipelineStorage"]);
    }

    [Fact]
    public void A_blob_endpoint_becomes_an_identity_based_connection()
    {
        var settings = StorageSettings.For("https://news.blob.core.windows.net", "PipelineStorage");

        Assert.Equal("https://news.blob.core.windows.net", settings["PipelineStorage:blobServiceUri"]);
        Assert.Equal("https://news.queue.core.windows.net", settings["PipelineStorage:queueServiceUri"]);
        Assert.False(settings.ContainsKey("PipelineStorage"));
        Assert.Equal(new Uri("https://news.blob.core.windows.net"), StorageSettings.Client("https://news.blob.core.windows.net").Uri);
    }
}
