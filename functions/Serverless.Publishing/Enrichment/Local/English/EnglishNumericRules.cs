using System.Text.RegularExpressions;
using Serverless.Publishing.Enrichment.Local.Text;
using static Serverless.Publishing.Enrichment.Local.Text.EntityCategories;

namespace Serverless.Publishing.Enrichment.Local.English;

/// <summary>DateTime and Quantity entities in English text by pattern.</summary>
internal static partial class EnglishNumericRules
{
    public static IEnumerable<EntityCandidate> Find(string text)
    {
        foreach (var (regex, category, subcategory, confidence) in Rules)
        {
            foreach (Match match in regex.Matches(text))
            {
                yield return new EntityCandidate(match.Index, match.Length, category, subcategory, confidence, PatternPriority);
            }
        }
    }

    private static readonly (Regex Regex, string Category, string Subcategory, double Confidence)[] Rules =
    [
        (MonthDate(), EntityCategories.DateTime, Date, 0.95),
        (DayMonthDate(), EntityCategories.DateTime, Date, 0.95),
        (NumericDate(), EntityCategories.DateTime, Date, 0.9),
        (MonthYear(), EntityCategories.DateTime, DateRange, 0.9),
        (Weekday(), EntityCategories.DateTime, Date, 0.85),
        (RelativeDate(), EntityCategories.DateTime, Date, 0.8),
        (Year(), EntityCategories.DateTime, DateRange, 0.8),
        (ClockTime(), EntityCategories.DateTime, Time, 0.9),
        (Duration(), EntityCategories.DateTime, EntityCategories.Duration, 0.85),
        (Percentage(), Quantity, EntityCategories.Percentage, 0.95),
        (Currency(), Quantity, EntityCategories.Currency, 0.95),
        (Dimension(), Quantity, EntityCategories.Dimension, 0.9),
        (Ordinal(), Quantity, EntityCategories.Ordinal, 0.8),
        (Count(), Quantity, Number, 0.8),
    ];

    private const string Months = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private const string Amount = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private const string Scale = "(?:\\s?(?:thousand|million|billion|trillion|bn|m|k)\\b)?";

    // April 18, 2021 / April 18
    [GeneratedRegex("\\b" + Months + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:,\\s\\d{4})?\\b")]
    private static partial Regex MonthDate();

    // 18 April 2021
    [GeneratedRegex("\\b\\d{1,2}\\s" + Months + "(?:\\s\\d{4})?\\b")]
    private static partial Regex DayMonthDate();

    [GeneratedRegex("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex("\\b" + Months + "\\s\\d{4}\\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s(?:morning|afternoon|evening|night))?\\b")]
    private static partial Regex Weekday();

    [GeneratedRegex("\\b(?:yesterday|today|tomorrow|tonight|(?:last|next|this)\\s(?:week|month|year|weekend))\\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDate();

    // A year where the context says so: "in 2021", "since 2019", "2020's".
    [GeneratedRegex("(?<=\\b(?:in|since|by|until|of|from|during|before|after)\\s)(?:19|20)\\d{2}\\b")]
    private static partial Regex Year();

    [GeneratedRegex("\\b\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|\\b\\d{1,2}:\\d{2}\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex("\\b(?:" + Amount + ")\\s(?:seconds|minutes|hours|days|weeks|months|years|decades)\\b")]
    private static partial Regex Duration();

    [GeneratedRegex("(?:" + Amount + ")\\s?(?:%|percent\\b|per cent\\b)")]
    private static partial Regex Percentage();

    [GeneratedRegex("(?:[$€£¥]\\s?(?:" + Amount + ")" + Scale + ")|(?:\\b(?:" + Amount + ")" + Scale + "\\s(?:dollars|euros|pounds|yuan|yen|USD|EUR|GBP|CNY|RMB)\\b)")]
    private static partial Regex Currency();

    [GeneratedRegex("\\b(?:" + Amount + ")\\s?(?:square\\s(?:kilometers|kilometres|meters|metres|miles)|cubic\\s(?:meters|metres)|km|kilometers|kilometres|miles|meters|metres|m|cm|mm|kg|kilograms|tons|tonnes|hectares|acres|liters|litres|feet|ft|inches)\\b")]
    private static partial Regex Dimension();

    [GeneratedRegex("\\b\\d+(?:st|nd|rd|th)\\b|\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    // 1,368 workers / 80 companies: a number before a lower-case noun.
    [GeneratedRegex("\\b(?:more than |nearly |about |over |some |around )?(?:" + Amount + ")" + Scale + "(?=\\s[a-z])")]
    private static partial Regex Count();
}
