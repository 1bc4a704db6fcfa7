namespace Serverless.Publishing.Cleaning;

/// <summary>Joins hard-wrapped lines: nothing between CJK characters, a space between Latin words, hyphenation repaired.</summary>
public static class LineJoiner
{
    public static string Join(string left, string right, PageScript script)
    {
        if (left.Length == 0)
        {
            return right;
        }

        if (right.Length == 0)
        {
            return left;
        }

        var (drop, separator) = Seam(left, right, script);
        return string.Concat(left.AsSpan(0, left.Length - drop), separator, right);
    }

    /// <summary>What goes between two wrapped lines: "" or " ", and whether the left line's hyphen is dropped.</summary>
    public static (int DropFromLeft, string Separator) Seam(string left, string right, PageScript script)
    {
        if (RepairsHyphen(left, right))
        {
            return (1, string.Empty);
        }

        return (0, Separator(left, right, script));
    }

    private static string Separator(string left, string right, PageScript script)
    {
        var a = left[^1];
        var b = right[0];
        if (CharClass.IsWide(a) || CharClass.IsWide(b))
        {
            return string.Empty;
        }

        if (a == '-' && left.Length >= 2 && (char.IsAsciiDigit(left[^2]) || char.IsAsciiLetter(left[^2])))
        {
            return string.Empty;
        }

        if (script == PageScript.Cjk && !(char.IsAsciiLetter(a) && char.IsAsciiLetter(b)))
        {
            return string.Empty;
        }

        return " ";
    }

    /// <summary>
    /// "infor-" + "mation": a letter, a hyphen, and a lower-case continuation, unless the halves are a compound that
    /// keeps its hyphen ("eight-" + "month", "century-" + "old"): a number or common first element, or a common last one.
    /// </summary>
    private static bool RepairsHyphen(string left, string right)
    {
        if (left.Length < 3 || left[^1] != '-' || !char.IsLetter(left[^2]) || !char.IsLetter(left[^3]) || !char.IsLower(right[0]))
        {
            return false;
        }

        var start = left.Length - 1;
        while (start > 0 && char.IsLetter(left[start - 1]))
        {
            start--;
        }

        var end = 0;
        while (end < right.Length && char.IsLetter(right[end]))
        {
            end++;
        }

        var first = left.AsSpan(start, left.Length - 1 - start).ToString().ToLowerInvariant();
        var last = right[..end];
        return !CompoundFirst.Contains(first) && !CompoundLast.Contains(last);
    }

    private static readonly HashSet<string> CompoundFirst =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "thousand", "million", "billion", "first", "second", "third", "half", "quarter", "century",
        "decade", "year", "month", "week", "day", "self", "well", "ex", "non", "anti", "pre", "post", "long", "short", "high",
        "low", "full", "part", "all", "state", "city", "world", "record", "long", "middle", "mid", "multi", "so", "vice",
    ];

    private static readonly HashSet<string> CompoundLast =
    [
        "old", "year", "years", "month", "week", "day", "hour", "minute", "based", "led", "run", "term", "time", "made",
        "owned", "free", "like", "wide", "long", "related", "friendly", "style", "level", "known", "born", "scale", "class",
    ];
}
