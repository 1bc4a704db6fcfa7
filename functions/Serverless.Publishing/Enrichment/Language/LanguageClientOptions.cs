using Azure.Core;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>Options of <see cref="LanguageClient"/>: service version, retries, job polling.</summary>
public sealed class LanguageClientOptions : ClientOptions
{
    private const ServiceVersion LatestVersion = ServiceVersion.V2023_04_01;

    public enum ServiceVersion
    {
        V2023_04_01 = 1,
    }

    public LanguageClientOptions(ServiceVersion version = LatestVersion)
    {
        Version = version;
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromSeconds(1);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        Diagnostics.LoggedHeaderNames.Add("Operation-Location");
        Diagnostics.LoggedHeaderNames.Add("apim-request-id");
        Diagnostics.LoggedHeaderNames.Add("x-envoy-upstream-service-time");
    }

    public ServiceVersion Version { get; }

    /// <summary>Retry-After longer than this is not waited on (a used-up quota answers with days).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Interval between job status polls when the service gives no Retry-After.</summary>
    public TimeSpan JobPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(5);

    internal string ApiVersion => Version switch
    {
        ServiceVersion.V2023_04_01 => "2023-04-01",
        _ => throw new NotSupportedException($"Service version {Version} is not supported."),
    };
}
