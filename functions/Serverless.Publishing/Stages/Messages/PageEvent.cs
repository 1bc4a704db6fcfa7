using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Publishing.Stages.Messages;

/// <summary>
/// A Microsoft.Storage.BlobCreated or BlobDeleted event in the Event Grid schema: what the Event Grid system topic writes to the
/// page-events queue in Azure, and what the dev host's local event source and `upload` post there.
/// </summary>
public sealed record PageEvent(
    string Id,
    string EventType,
    string Subject,
    DateTimeOffset EventTime,
    PageEventData Data,
    string DataVersion = "",
    string MetadataVersion = "1",
    string? Topic = null)
{
    public const string BlobCreated = "Microsoft.Storage.BlobCreated";
    public const string BlobDeleted = "Microsoft.Storage.BlobDeleted";
    private const string SubjectPrefix = "/blobServices/default/containers/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static PageEvent Created(Uri blobUri, string container, string blobName, string? eTag, long contentLength, string? contentType, DateTimeOffset at) =>
        new(Guid.NewGuid().ToString(), BlobCreated, $"{SubjectPrefix}{container}/blobs/{blobName}", at,
            new PageEventData("PutBlob", blobUri.AbsoluteUri, eTag, contentType, contentLength, "BlockBlob"));

    /// <summary>A BlobDeleted event, as Event Grid writes it (no ETag or length: the blob is gone).</summary>
    public static PageEvent Deleted(Uri blobUri, string container, string blobName, DateTimeOffset at) =>
        new(Guid.NewGuid().ToString(), BlobDeleted, $"{SubjectPrefix}{container}/blobs/{blobName}", at,
            new PageEventData("DeleteBlob", blobUri.AbsoluteUri, null, null, 0, "BlockBlob"));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads one event; Event Grid may also deliver an array of one.</summary>
    public static PageEvent Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() == 1
            ? document.RootElement[0]
            : document.RootElement;
        return element.Deserialize<PageEvent>(Json) ?? throw new JsonException("The queue message held JSON null, expected an Event Grid event.");
    }

    /// <summary>The blob name inside <paramref name="container"/>, taken from the subject as Event Grid writes it (not URL-encoded).</summary>
    public bool TryGetBlobName(string container, out string blobName)
    {
        var prefix = $"{SubjectPrefix}{container}/blobs/";
        blobName = Subject.StartsWith(prefix, StringComparison.Ordinal) ? Subject[prefix.Length..] : string.Empty;
        return blobName.Length > 0;
    }
}

/// <param name="ETag">The blob's ETag when the event was raised: later events for the same content are duplicates.</param>
public sealed record PageEventData(string Api, string Url, string? ETag, string? ContentType, long ContentLength, string BlobType);
