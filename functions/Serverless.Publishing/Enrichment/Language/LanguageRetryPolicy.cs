using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>
/// The pipeline's retry (429, 408, 5xx, honouring Retry-After) that gives up instead of sleeping when the
/// service asks for longer than <paramref name="maxRetryAfter"/>: a function must not idle for hours.
/// </summary>
internal sealed class LanguageRetryPolicy(int maxRetries, DelayStrategy delayStrategy, TimeSpan maxRetryAfter)
    : RetryPolicy(maxRetries, delayStrategy)
{
    protected override async ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception) =>
        await base.ShouldRetryAsync(message, exception) && !WaitsTooLong(message);

    protected override bool ShouldRetry(HttpMessage message, Exception? exception) =>
        base.ShouldRetry(message, exception) && !WaitsTooLong(message);

    private bool WaitsTooLong(HttpMessage message) =>
        message.HasResponse && RetryAfter.Of(message.Response) is { } wait && wait > maxRetryAfter;
}

internal static class RetryAfter
{
    /// <summary>Retry-After as seconds or an HTTP date; null when absent or unreadable.</summary>
    public static TimeSpan? Of(Response response, DateTimeOffset? now = null)
    {
        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date - (now ?? DateTimeOffset.UtcNow)
            : null;
    }
}
