using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Serverless.Benchmarks.Pipeline;

/// <summary>Collects the host's "Executed 'Stage' (Succeeded, …, Duration=Nms)" lines, to show where upload→feed time goes, and which pages were published.</summary>
public sealed partial class StageDurations : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> durations = new();

    /// <summary>How often each page was published, from the stage's "Published page {Page}" line.</summary>
    public ConcurrentDictionary<string, int> PublishedPages { get; } = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => new Collector(this);

    public string Summary() => string.Join(", ", durations.OrderBy(d => d.Key).Select(d =>
    {
        var sorted = d.Value.Order().ToList();
        return $"{d.Key} p50 {sorted[sorted.Count / 2]:0} ms (n={sorted.Count})";
    }));

    public void Dispose()
    {
    }

    [GeneratedRegex(@"^Executed '(?<stage>\w+)' \(Succeeded, Id=[^,]+, Duration=(?<ms>\d+)ms\)")]
    private static partial Regex Executed();

    private sealed class Collector(StageDurations owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values
                && values.Any(v => v is { Key: "{OriginalFormat}", Value: string format } && format.StartsWith("Published page {Page}", StringComparison.Ordinal))
                && values.FirstOrDefault(v => v.Key == "Page").Value is string page)
            {
                owner.PublishedPages.AddOrUpdate(page, 1, (_, n) => n + 1);
            }

            if (Executed().Match(formatter(state, exception)) is { Success: true } match)
            {
                owner.durations.GetOrAdd(match.Groups["stage"].Value, _ => []).Add(double.Parse(match.Groups["ms"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
