using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Storage.Blobs;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>Reads a draft or article blob back for a stage: its name, its JSON and its fields checked, or an error record saying why not.</summary>
internal static class StoredArticleReader
{
    public delegate bool NameParser(string? name, out SafeBlobName safe, [NotNullWhen(true)] out string? articleId, [NotNullWhen(false)] out string? problem);

    /// <param name="vanished">Why a missing blob matters to this stage, for its error record.</param>
    public static async Task<(Article Article, SafeBlobName Name)?> ReadAsync(
        BlobContainerClient container, string blobName, NameParser parse, string stage, string vanished,
        PageDateWindow window, ErrorRecorder errors, CancellationToken cancellationToken)
    {
        try
        {
            if (!parse(blobName, out var name, out var expectedId, out var problem))
            {
                throw new UnsafeBlobNameException(blobName, problem);
            }

            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            var article = ArticleJson.Deserialize<Article>(content.Value.Content);
            ArticleChecks.Check(article, expectedId, window);
            return (article, name);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await errors.RecordAsync(stage, container.Name, blobName, new InvalidArticleException($"{vanished}: {ex.Message}"), cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or UnsafeBlobNameException or InvalidArticleException)
        {
            await errors.RecordAsync(stage, container.Name, blobName, ex, cancellationToken);
            return null;
        }
    }
}
