using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Serverless.Publishing.Publishing;

/// <summary>
/// Writes an output rendered from one feed index version. Like <c>BlobWrites.WriteIfChangedAsync</c> it leaves equal
/// bytes alone; in addition it never replaces an output rendered from a newer version, and its write is conditional
/// on the ETag it looked at. Concurrent workers that finish out of order therefore cannot leave a stale feed behind.
/// </summary>
public static class FeedOutputWrites
{
    public const string EpochMetadata = "feedindexepoch";
    public const string VersionMetadata = "feedindexversion";

    /// <returns>Whether the blob was written.</returns>
    public static async Task<bool> WriteIfNewerAsync(
        this BlobClient blob, BinaryData content, string contentType, string cacheControl, FeedIndex source, CancellationToken cancellationToken)
    {
        var md5 = MD5.HashData(content.ToMemory().Span);
        while (true)
        {
            BlobProperties? existing = null;
            try
            {
                existing = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
            }

            if (existing is not null && IsCurrent(existing, md5, contentType, cacheControl, source))
            {
                return false;
            }

            try
            {
                await blob.UploadAsync(content, new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = contentType, ContentHash = md5, CacheControl = cacheControl },
                    Metadata = new Dictionary<string, string>
                    {
                        [EpochMetadata] = source.Epoch ?? "",
                        [VersionMetadata] = source.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    },
                    Conditions = existing is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = existing.ETag },
                }, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another worker wrote this output since we looked: look again.
            }
        }
    }

    private static bool IsCurrent(BlobProperties existing, byte[] md5, string contentType, string cacheControl, FeedIndex source)
    {
        if (!existing.Metadata.TryGetValue(EpochMetadata, out var epoch) || epoch != source.Epoch
            || !existing.Metadata.TryGetValue(VersionMetadata, out var text) || !long.TryParse(text, out var version))
        {
            // Written from another lineage (an index that was deleted and recreated) or by something else: the current index decides.
            return false;
        }

        return version > source.Version
            || (version == source.Version && existing.ContentHash is { } hash && hash.AsSpan().SequenceEqual(md5)
                && existing.ContentType == contentType && existing.CacheControl == cacheControl);
    }
}
