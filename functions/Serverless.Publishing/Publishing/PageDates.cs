using System.Globalization;

namespace Serverless.Publishing.Publishing;

/// <summary>Turns a page date into the instant readers see: midnight of that day in the publication's time zone.</summary>
public static class PageDates
{
    public static DateTimeOffset? ToInstant(string published, string timeZone)
    {
        if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = OffsetAt(midnight, timeZone);
        // 0001-01-01 at +08:00 is before the first instant DateTimeOffset holds: no instant, never an exception.
        var utcTicks = midnight.Ticks - offset.Ticks;
        return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks ? null : new DateTimeOffset(midnight, offset);
    }

    /// <summary>"+08:00" / "-05:00" / "Z", or a time zone id such as "Asia/Shanghai" (daylight saving applied; a UTC-kind <paramref name="dateTime"/> is an instant, an unspecified one a local time).</summary>
    public static TimeSpan OffsetAt(DateTime dateTime, string timeZone)
    {
        var zone = timeZone.Trim();
        if (zone is "Z" or "UTC")
        {
            return TimeSpan.Zero;
        }

        if (zone.Length > 1 && zone[0] is '+' or '-'
            && TimeSpan.TryParseExact(zone[1..], [@"hh\:mm", "hhmm", "hh"], CultureInfo.InvariantCulture, out var offset))
        {
            return zone[0] == '-' ? -offset : offset;
        }

        return TimeZoneInfo.FindSystemTimeZoneById(zone).GetUtcOffset(dateTime);
    }
}
