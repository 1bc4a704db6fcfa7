using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.DevHost;

/// <summary>The three stages on the WebJobs SDK's blob trigger: the same trigger the Functions host runs.</summary>
public sealed class PipelineTriggers(SplitPageService split, EnrichArticleService enrich, PublishFeedService publish)
{
    [FunctionName("SplitPage")]
    public Task SplitPage(
        [BlobTrigger("%Storage:PagesContainer%/{name}", Connection = ConnectionNames.Pipeline)] BlobClient page,
        string name,
        CancellationToken cancellationToken) =>
        split.SplitAsync(name, cancellationToken);

    [FunctionName("EnrichArticle")]
    public Task EnrichArticle(
        [BlobTrigger("%Storage:DraftsContainer%/{name}", Connection = ConnectionNames.Pipeline)] BlobClient draft,
        string name,
        CancellationToken cancellationToken) =>
        enrich.EnrichAsync(name, cancellationToken);

    [FunctionName("PublishFeed")]
    public Task PublishFeed(
        [BlobTrigger("%Storage:ArticlesContainer%/{name}", Connection = ConnectionNames.Pipeline)] BlobClient article,
        string name,
        CancellationToken cancellationToken) =>
        publish.PublishAsync(name, cancellationToken);
}
