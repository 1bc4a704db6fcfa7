using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Publishing.Feeds;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>Feed models built without storage: links point at the development storage account's URLs.</summary>
internal static class FeedFixtures
{
    public static readonly DateTimeOffset Updated = new(2026, 4, 18, 12, 30, 0, TimeSpan.Zero);

    public static PublicLinks Links(PublishOptions? options = null)
    {
        var blobs = new BlobServiceClient("UseDevelopmentStorage=true");
        var storage = new PipelineStorage(blobs, blobs, Options.Create(new StorageOptions()));
        return new PublicLinks(storage, Options.Create(options ?? new PublishOptions()));
    }

    public static FeedIndex Index(params Article[] articles) =>
        articles.Aggregate(FeedIndex.Empty, (index, a) => index.Upsert(FeedEntry.From(a, Updated), 50));

    public static FeedDocument Document(FeedScope scope, PublishOptions options, params Article[] articles) =>
        new FeedDocumentBuilder(Links(options), Options.Create(options)).Build(scope, Index(articles));

    public static FeedDocument Document(params Article[] articles) => Document(FeedScope.All, new PublishOptions(), articles);
}
