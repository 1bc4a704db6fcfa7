using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>Counts storage requests as they go on the wire (after retries), with the bytes each response carried.</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<StorageRequest> requests = new();

    public IReadOnlyList<StorageRequest> Requests => requests.ToList();

    public void Reset() => requests.Clear();

    public override void OnReceivedResponse(HttpMessage message) =>
        requests.Enqueue(new StorageRequest(
            message.Request.Method.Method,
            message.Request.Uri.Path,
            message.Request.Uri.Query,
            message.Response.Status,
            message.Request.Content?.TryComputeLength(out var sent) == true ? sent : 0,
            // A HEAD response names the blob's length without carrying it.
            message.Request.Method == RequestMethod.Head ? 0 : message.Response.Headers.ContentLength ?? 0));
}

internal sealed record StorageRequest(string Method, string Path, string Query, int Status, long RequestBytes, long ResponseBytes);
