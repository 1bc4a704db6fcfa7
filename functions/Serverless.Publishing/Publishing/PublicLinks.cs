using Microsoft.Extensions.Options;
using Serverless.Publishing.Publishing.Feeds;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing;

/// <summary>Where readers find feeds and pages: below PublicBaseUrl when set, else the public account's container URLs.</summary>
public sealed class PublicLinks(PipelineStorage storage, IOptions<PublishOptions> options)
{
    public const string SiteIndexBlob = "index.html";

    public Uri FeedRoot => Root(storage.Feed.Name, storage.Feed.Uri);

    public Uri SiteRoot => Root(storage.Site.Name, storage.Site.Uri);

    public Uri SiteIndex => new(SiteRoot, SiteIndexBlob);

    public Uri Stylesheet => new(FeedRoot, FeedStylesheet.BlobName);

    public Uri Feed(FeedScope scope, FeedFormat format) => new(FeedRoot, FeedBlobName(scope, format));

    public Uri ArticlePage(string articleId) => new(SiteRoot, BlobNames.ArticlePage(articleId).Value);

    public static string FeedBlobName(FeedScope scope, FeedFormat format) => scope.Folder + format.FileName;

    private Uri Root(string container, Uri containerUri) => options.Value.PublicBaseUrl is { } baseUrl
        ? new Uri(new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/"), container + "/")
        : new Uri(containerUri.AbsoluteUri.TrimEnd('/') + "/");
}
