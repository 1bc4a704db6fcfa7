using System.Text;

namespace Serverless.Publishing.Cleaning;

/// <summary>
/// Removes the spaces that justification, brackets and digits leave inside Chinese text
/// ("今 年 ，", "示范区 （高新区） 党工委", "4 月 18 日", "杨 帆") and collapses runs of spaces in Latin text.
/// </summary>
public static class Despacer
{
    /// <summary>Body text: no space survives next to a CJK character or full-width mark.</summary>
    public static string Body(string line)
    {
        if (line.IndexOf(' ') < 0)
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        var span = line.AsSpan().Trim(' ');
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c != ' ')
            {
                builder.Append(c);
                continue;
            }

            var next = i + 1;
            while (next < span.Length && span[next] == ' ')
            {
                next++;
            }

            if (!CharClass.IsWide(span[i - 1]) && !CharClass.IsWide(span[next]) && !SpreadDigit(span, i, next))
            {
                builder.Append(' ');
            }

            i = next - 1;
        }

        return builder.ToString();
    }

    /// <summary>Justification spreads numbers in Chinese text too ("2 0 2 1 年", "加装电梯4 1 2部"): a single digit, a space, a digit.</summary>
    private static bool SpreadDigit(ReadOnlySpan<char> text, int space, int next) =>
        char.IsAsciiDigit(text[space - 1]) && char.IsAsciiDigit(text[next])
        && (space < 2 || !char.IsAsciiDigit(text[space - 2]))
        && text.ContainsAnyInRange('\u4e00', '\u9fff');

    /// <summary>
    /// Headline text keeps the space between parallel phrases ("扛牢政治责任 切实抓好整改") but not justification
    /// spaces between single characters, nor spaces next to brackets, digits and punctuation.
    /// </summary>
    public static string Headline(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2)
        {
            return tokens.Length == 1 ? tokens[0] : string.Empty;
        }

        var single = tokens.Count(t => t.Length == 1 && CharClass.IsWide(t[0]));
        if (tokens.Length >= 3 && single * 2 >= tokens.Length)
        {
            return Body(line);
        }

        var builder = new StringBuilder(line.Length).Append(tokens[0]);
        for (var i = 1; i < tokens.Length; i++)
        {
            var left = tokens[i - 1];
            var right = tokens[i];
            if (KeepsSpace(left, right))
            {
                builder.Append(' ');
            }

            builder.Append(right);
        }

        return builder.ToString();
    }

    private static bool KeepsSpace(string left, string right)
    {
        var a = left[^1];
        var b = right[0];
        var wideA = CharClass.IsWide(a);
        var wideB = CharClass.IsWide(b);
        if (!wideA && !wideB)
        {
            return true;
        }

        if (!wideA || !wideB)
        {
            return false;
        }

        // Spaced names and brackets are justification, not phrase breaks.
        if (CountWide(left) < 2 || CountWide(right) < 2)
        {
            return false;
        }

        // Spaces around brackets and clause marks are justification; a phrase space may follow a closing quote.
        return !(IsBracketOrClause(a) || IsBracketOrClause(b) || a == '“' || b == '”');
    }

    private static bool IsBracketOrClause(char c) =>
        c is '（' or '）' or '(' or ')' or '《' or '》' or '【' or '】' or '、' or '，' or '：' or '；' or '。' or '！' or '？';

    private static int CountWide(string token)
    {
        var n = 0;
        foreach (var c in token)
        {
            n += CharClass.IsCjk(c) ? 1 : 0;
        }

        return n;
    }

    /// <summary>Latin text as published: single spaces. OCR marks stay, because they may be text.</summary>
    public static string Latin(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Latin text for the rules to read: single spaces, and the stray marks OCR leaves at line ends ("~", "|", " .") dropped.</summary>
    public static string LatinSignal(string line)
    {
        var text = Latin(line);
        while (text.Length >= 2)
        {
            if (text.EndsWith(" ~", StringComparison.Ordinal) || text.EndsWith(" |", StringComparison.Ordinal)
                || text.EndsWith(" '", StringComparison.Ordinal) || text.EndsWith(" .", StringComparison.Ordinal))
            {
                text = text[..^2];
            }
            else if (text[^1] == '|' || text[^1] == '~')
            {
                text = text[..^1];
            }
            else
            {
                break;
            }
        }

        return text;
    }
}
