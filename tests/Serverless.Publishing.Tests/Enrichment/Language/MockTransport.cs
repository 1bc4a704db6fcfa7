using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Publishing.Tests.Enrichment.Language;

/// <summary>An in-process transport: answers each request with <paramref name="respond"/> and records what was sent.</summary>
internal sealed class MockTransport(Func<SentRequest, MockResponse> respond) : HttpPipelineTransport
{
    private readonly List<SentRequest> requests = [];

    public IReadOnlyList<SentRequest> Requests
    {
        get { lock (requests) { return requests.ToList(); } }
    }

    public override Request CreateRequest() => new MockRequest();

    public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message)
    {
        var request = message.Request;
        var body = "";
        if (request.Content is { } content)
        {
            using var stream = new MemoryStream();
            content.WriteTo(stream, message.CancellationToken);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }

        var sent = new SentRequest(request.Method.Method, request.Uri.ToUri(),
            request.Headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase), body);
        lock (requests)
        {
            requests.Add(sent);
        }

        message.Response = respond(sent);
        return default;
    }

    private sealed class MockRequest : Request
    {
        private readonly Dictionary<string, List<string>> headers = new(StringComparer.OrdinalIgnoreCase);

        public override string ClientRequestId { get; set; } = Guid.NewGuid().ToString();

        public override void Dispose()
        {
        }

        protected override void AddHeader(string name, string value) => Values(name).Add(value);

        protected override void SetHeader(string name, string value) => headers[name] = [value];

        protected override bool RemoveHeader(string name) => headers.Remove(name);

        protected override bool ContainsHeader(string name) => headers.ContainsKey(name);

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = headers.TryGetValue(name, out var values) ? string.Join(",", values) : null;
            return value is not null;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = headers.TryGetValue(name, out var list) ? list : null;
            return values is not null;
        }

        protected override IEnumerable<HttpHeader> EnumerateHeaders() =>
            headers.Select(h => new HttpHeader(h.Key, string.Join(",", h.Value)));

        private List<string> Values(string name) => headers.TryGetValue(name, out var list) ? list : headers[name] = [];
    }
}

/// <summary>A request as the transport saw it, with its body decoded.</summary>
internal sealed record SentRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Path => Uri.AbsolutePath;

    public string? Query(string name) => System.Web.HttpUtility.ParseQueryString(Uri.Query)[name];
}

internal sealed class MockResponse(int status, string? body = null, params (string Name, string Value)[] headers) : Response
{
    private readonly Dictionary<string, string> headerValues = headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);

    public override int Status => status;

    public override string ReasonPhrase => status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override Stream? ContentStream { get; set; } = new MemoryStream(Encoding.UTF8.GetBytes(body ?? ""));

    public override string ClientRequestId { get; set; } = "";

    public static MockResponse Json(string body, int status = 200, params (string Name, string Value)[] headers) =>
        new(status, body, [("Content-Type", "application/json"), .. headers]);

    public override void Dispose()
    {
    }

    protected override bool ContainsHeader(string name) => headerValues.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => headerValues.Select(h => new HttpHeader(h.Key, h.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => headerValues.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = headerValues.TryGetValue(name, out var value) ? [value] : null;
        return values is not null;
    }
}
