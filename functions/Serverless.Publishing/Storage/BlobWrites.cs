using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Serverless.Publishing.Storage;

public static class BlobWrites
{
    /// <summary>
    /// Uploads unless the blob already holds exactly these bytes, so a re-run neither changes the
    /// output's ETag nor fires downstream triggers again. Returns whether anything was written.
    /// </summary>
    public static async Task<bool> WriteIfChangedAsync(
        this BlobClient blob, BinaryData content, string contentType, CancellationToken cancellationToken,
        string? cacheControl = null, IDictionary<string, string>? metadata = null)
    {
        var md5 = MD5.HashData(content.ToMemory().Span);
        try
        {
            var existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            if (existing.Value.ContentHash is { } hash && hash.AsSpan().SequenceEqual(md5)
                && existing.Value.ContentType == contentType)
            {
                return false;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }

        await blob.UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType, ContentHash = md5, CacheControl = cacheControl },
            Metadata = metadata,
        }, cancellationToken);
        return true;
    }
}
