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

    /// <summary>"infor-" + "mation": a letter, a hyphen, and a lower-case continuation.</summary>
    private static bool RepairsHyphen(string left, string right) =>
        left.Length >= 3 && left[^1] == '-' && char.IsLetter(left[^2]) && char.IsLetter(left[^3]) && char.IsLower(right[0]);
}
