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

    public const string OpmlBlob = "feeds.opml";

    public Uri Opml => new(FeedRoot, OpmlBlob);

    /// <param name="archivePage">An archive page's number; null for the subscription document.</param>
    public Uri Feed(FeedScope scope, FeedFormat format, int? archivePage = null) => new(FeedRoot, FeedBlobName(scope, format, archivePage));

    /// <summary>The site's listing of a feed: its newest articles (index) or one archive page.</summary>
    public Uri Listing(FeedScope scope, int? archivePage = null) => new(SiteRoot, ListingBlobName(scope, archivePage));

    public Uri ArticlePage(string articleId) => new(SiteRoot, BlobNames.ArticlePage(articleId).Value);

    public static string FeedBlobName(FeedScope scope, FeedFormat format, int? archivePage = null) =>
        scope.Folder + (archivePage is { } page ? $"archive/{page}/" : "") + format.FileName;

    /// <summary>index.html and archive/{n}.html for all publications; publications/{slug}/… for one.</summary>
    public static string ListingBlobName(FeedScope scope, int? archivePage = null) =>
        (scope.Publication is null ? "" : $"publications/{scope.Folder}") + (archivePage is { } page ? $"archive/{page}.html" : SiteIndexBlob);

    private Uri Root(string container, Uri containerUri) => options.Value.PublicBaseUrl is { } baseUrl
        ? new Uri(new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/"), container + "/")
        : new Uri(containerUri.AbsoluteUri.TrimEnd('/') + "/");
}
