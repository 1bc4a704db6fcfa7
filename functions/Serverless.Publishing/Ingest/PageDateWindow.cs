using System.Globalization;

namespace Serverless.Publishing.Ingest;

/// <summary>The page dates the pipeline believes: real yyyy-MM-dd dates between <paramref name="Earliest"/> and <paramref name="Latest"/>.</summary>
public sealed record PageDateWindow(DateOnly Earliest, DateOnly Latest)
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>1800-01-01 to two days after today (UTC).</summary>
    public static PageDateWindow Default => new IngestOptions().DateWindow(TimeProvider.System);

    /// <summary>Why <paramref name="text"/> is no page date to publish, or null when it is one.</summary>
    public string? ProblemOf(string? text)
    {
        if (!DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return $"'{text}' is not a date as {Format}";
        }

        return date < Earliest || date > Latest
            ? $"{text} lies outside {Earliest.ToString(Format, CultureInfo.InvariantCulture)} to {Latest.ToString(Format, CultureInfo.InvariantCulture)}"
            : null;
    }
}
