using System.Security.Cryptography;
using System.Text;

namespace Serverless.Publishing.Publishing;

/// <summary>One feed: all publications, or one publication. Names its index blob and its folder in the feed container.</summary>
public sealed record FeedScope
{
    private FeedScope(string? publication, string folder)
    {
        Publication = publication;
        Folder = folder;
    }

    public static FeedScope All { get; } = new(null, "");

    /// <summary>Null for the all-publications feed.</summary>
    public string? Publication { get; }

    /// <summary>Path prefix inside the feed container: "" or "{slug}/".</summary>
    public string Folder { get; }

    public string IndexBlobName => $"feed-index/{StateName}.json";

    /// <summary>A sealed archive page's entries in the cache container.</summary>
    public string ArchiveBlobName(int page) => $"feed-index/archive/{StateName}/{page}.json";

    /// <summary>Which sealed archive page holds each of a page's articles, so a correction or withdrawal finds them without a listing.</summary>
    public string LocatorBlobName(string pageId) => $"feed-index/located/{StateName}/{pageId}.json";

    private string StateName => Publication is null ? "all" : $"publications/{Folder.TrimEnd('/')}";

    public static FeedScope For(string publication) => new(publication, Slug(publication) + "/");

    /// <summary>A path segment readers can type: lower-case letters (any script), digits, '-' and '_'.</summary>
    public static string Slug(string publication)
    {
        var slug = new StringBuilder(publication.Length);
        foreach (var c in publication.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '_')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(publication)))[..8];
    }
}
