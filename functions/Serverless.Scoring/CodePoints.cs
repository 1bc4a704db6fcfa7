using System.Text;

namespace Serverless.Scoring;

/// <summary>Text as Python sees it: a sequence of code points (a character outside the BMP counts once, not twice).</summary>
internal static class CodePoints
{
    public static int[] Of(string text)
    {
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            points.Add(rune.Value);
        }

        return [.. points];
    }

    public static int Length(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>Python's str.isspace (and so re's \s): .NET's whitespace plus the separators U+001C to U+001F.</summary>
    public static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    /// <summary>score.py's squash: every run of whitespace removed.</summary>
    public static string Squash(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var squashed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsPythonSpace(c))
            {
                squashed.Append(c);
            }
        }

        return squashed.ToString();
    }

    /// <summary>
    /// Python's str.lower for names: the invariant lower case, and İ to i + combining dot as Python's full mapping does.
    /// (Python also writes a final capital sigma as ς; names are compared lowered on both sides, so that rarely matters.)
    /// </summary>
    public static string Lower(string text) => text.ToLowerInvariant().Replace("\u0130", "i\u0307", StringComparison.Ordinal);
}
