using System.Security.Cryptography;
using System.Text;

namespace Serverless.Publishing.Ingest;

/// <summary>URL-safe ids, stable for the same page blob and article position.</summary>
public static class ArticleIds
{
    public static string PageId(string blobName)
    {
        var stem = Path.GetFileNameWithoutExtension(blobName);
        var slug = new StringBuilder(stem.Length);
        foreach (var c in stem.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName)))[..8];
        var prefix = slug.ToString().Trim('-');
        if (prefix.Length > 40)
        {
            prefix = prefix[..40].TrimEnd('-');
        }

        return prefix.Length == 0 ? hash : $"{prefix}-{hash}";
    }

    public static string ArticleId(string pageId, int ordinal) => $"{pageId}-{ordinal:D2}";
}
