using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.Commands;

/// <summary>Uploads a page file to the pages container with its date and publication as metadata.</summary>
public static class PageUploader
{
    public static async Task<string> UploadAsync(BlobContainerClient pages, string file, string? blobName, string? published, string? publication, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new CliException($"No such file: {file}");
        }

        if (published is not null && !DateOnly.TryParseExact(published, "yyyy-MM-dd", out _))
        {
            throw new CliException($"--published must be a date as yyyy-MM-dd, not '{published}'.");
        }

        var metadata = new Dictionary<string, string>();
        if (published is not null)
        {
            metadata[PageOrigin.PublishedMetadata] = published;
        }

        if (publication is not null)
        {
            // Metadata is ASCII on the wire; the reader unescapes it.
            metadata[PageOrigin.PublicationMetadata] = Uri.EscapeDataString(publication);
        }

        var name = blobName ?? Path.GetFileName(file);
        if (!BlobNames.TryParse(name, out var safeName, out var problem))
        {
            throw new CliException($"{(blobName is null ? "The file name" : "--name")} '{BlobNames.Printable(name)}' cannot be a page name: {problem}.");
        }

        await pages.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await using var content = File.OpenRead(file);
        var head = new byte[1024];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        content.Position = 0;
        await pages.GetBlobClient(safeName).UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = PdfSignature.IsPdf(head.AsSpan(0, read)) ? "application/pdf" : "text/plain" },
            Metadata = metadata,
        }, cancellationToken);
        return name;
    }
}
