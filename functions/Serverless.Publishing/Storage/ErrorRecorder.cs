using Microsoft.Extensions.Logging;
using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Storage;

/// <summary>Writes errors/{stage}/{input}.json when a stage gives up on an input, so a person can read why.</summary>
public sealed class ErrorRecorder(PipelineStorage storage, TimeProvider clock, ILogger<ErrorRecorder> logger)
{
    /// <param name="blobName">The input's name as the stage received it, checked or not: <see cref="BlobNames.ErrorRecord"/> maps any name safely.</param>
    /// <param name="failedMessage">The queue message that failed on its last attempt; `retry` sends it again from the poison queue.</param>
    public async Task RecordAsync(string stage, string container, string blobName, Exception error, CancellationToken cancellationToken, string? failedMessage = null)
    {
        var record = new ErrorRecord(
            stage,
            new ErrorInput(container, blobName),
            error.GetType().Name,
            error.Message,
            clock.GetUtcNow(),
            failedMessage);
        var name = BlobNames.ErrorRecord(stage, blobName);
        await storage.Errors.GetBlobClient(name)
            .UploadAsync(ArticleJson.Serialize(record), overwrite: true, cancellationToken);
        logger.LogWarning("Stage {Stage} gave up on {Container}/{Blob}: {Reason}. Recorded in {ErrorBlob}", stage, container, BlobNames.Printable(blobName), error.Message, name.Value);
    }

    /// <summary>Removes a stale record once the same input succeeds.</summary>
    public async Task ClearAsync(string stage, SafeBlobName blobName, CancellationToken cancellationToken) =>
        await storage.Errors.GetBlobClient(BlobNames.ErrorRecord(stage, blobName.Value)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
}

public sealed record ErrorRecord(string Stage, ErrorInput Input, string Error, string Message, DateTimeOffset FailedAt, string? FailedMessage = null);

public sealed record ErrorInput(string Container, string Blob);
