using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.Commands;

/// <summary>
/// Uploads a page file to the pages container with its date and publication as metadata, then posts its BlobCreated
/// event to the page-events queue, so the page is split at once instead of at the event source's next look.
/// </summary>
public static class PageUploader
{
    public static async Task<string> UploadAsync(BlobContainerClient pages, PipelineQueues queues, string file, string? blobName, string? published, string? publication, CancellationToken cancellationToken)
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
        var blob = pages.GetBlobClient(safeName);
        var contentType = PdfSignature.IsPdf(head.AsSpan(0, read)) ? "application/pdf" : "text/plain";
        var uploaded = await blob.UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = metadata,
        }, cancellationToken);
        await queues.PageEvents.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var pageEvent = PageEvent.Created(blob.Uri, pages.Name, safeName.Value, uploaded.Value.ETag.ToString(), content.Length, contentType, DateTimeOffset.UtcNow);
        await queues.PageEvents.SendMessageAsync(pageEvent.ToJson(), cancellationToken);
        return name;
    }
}
