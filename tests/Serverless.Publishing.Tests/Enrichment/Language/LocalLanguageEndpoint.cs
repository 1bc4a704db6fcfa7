using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Serverless.Publishing.Tests.Enrichment.Language;

/// <summary>
/// A real HTTP endpoint on 127.0.0.1 (free port) standing in for the Language resource: every request is recorded
/// and answered by <see cref="Respond"/>, so tests see exactly what goes over the wire.
/// </summary>
internal sealed class LocalLanguageEndpoint : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly ConcurrentQueue<SentRequest> requests = new();
    private readonly Task loop;

    public LocalLanguageEndpoint(Func<SentRequest, ServedResponse> respond)
    {
        Respond = respond;
        (listener, Endpoint) = Listen();
        loop = Task.Run(AcceptAsync);
    }

    public Uri Endpoint { get; }

    public Func<SentRequest, ServedResponse> Respond { get; set; }

    public IReadOnlyList<SentRequest> Requests => requests.ToList();

    public int Count(string kind) => Requests.Count(r => SimulatedLanguageService.KindOf(r) == kind);

    public void Clear() => requests.Clear();

    public async ValueTask DisposeAsync()
    {
        if (!listener.IsListening)
        {
            return;
        }

        listener.Stop();
        listener.Close();
        await loop;
    }

    private async Task AcceptAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
        var sent = new SentRequest(context.Request.HttpMethod, context.Request.Url!, headers, body);
        // Only Language calls count: a neighbour test's storage client may still call the port its Azurite had before.
        var ours = sent.Path.StartsWith("/language/", StringComparison.Ordinal);
        if (ours)
        {
            requests.Enqueue(sent);
        }

        ServedResponse served;
        try
        {
            served = ours ? Respond(sent) : new ServedResponse(404, "");
        }
        catch (Exception ex)
        {
            served = new ServedResponse(599, ex.ToString());
        }

        var response = context.Response;
        response.StatusCode = served.Status;
        foreach (var (name, value) in served.Headers ?? [])
        {
            response.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(served.Body ?? "");
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    /// <summary>A free port can be taken by another process before we bind it; then try another.</summary>
    private static (HttpListener Listener, Uri Endpoint) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var endpoint = new Uri($"http://127.0.0.1:{FreePort()}/");
            var candidate = new HttpListener();
            candidate.Prefixes.Add(endpoint.AbsoluteUri);
            try
            {
                candidate.Start();
                return (candidate, endpoint);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                candidate.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

internal sealed record ServedResponse(int Status, string? Body = null, IReadOnlyList<(string Name, string Value)>? Headers = null);
