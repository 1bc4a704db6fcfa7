using System.Text.RegularExpressions;

namespace Serverless.Publishing.Splitting.Rules;

/// <summary>A dateline at the start of a body ("本报讯", "本报北京2月27日电", "WASHINGTON") and the byline beside it.</summary>
public sealed record Dateline(string Text, int Length);

/// <summary>Recognises the openings that start an article body. Regexes are anchored and bounded: no backtracking blow-ups.</summary>
public static partial class DatelineRules
{
    /// <summary>Parses the dateline at the start of a despaced first paragraph.</summary>
    public static Dateline? Parse(string text)
    {
        var cjk = CjkDateline().Match(text);
        if (cjk.Success)
        {
            return new Dateline(cjk.Groups["d"].Value, cjk.Length);
        }

        var latin = LatinDateline().Match(text);
        return latin.Success ? new Dateline(latin.Groups["place"].Value.TrimEnd(',', ' '), latin.Length) : null;
    }

    /// <summary>
    /// Names in the bracketed byline right after a CJK dateline, read from the raw text (lines joined without
    /// separators) because the spaces there separate names: "本报讯 （记者付凯明 通讯员李想）".
    /// </summary>
    public static IReadOnlyList<string> BylineNames(string raw, Dateline dateline)
    {
        var open = raw.AsSpan().IndexOfAny('（', '(');
        if (open < 0 || Cleaning.Despacer.Body(raw[..open]).Trim() != dateline.Text)
        {
            return UnbracketedBylineNames(raw, dateline);
        }

        var close = raw.AsSpan(open).IndexOfAny('）', ')');
        return close < 0 ? [] : NameRules.FromByline(raw.Substring(open + 1, close - 1));
    }

    /// <summary>"本报讯 记者 方圆 通讯员 何静 5月12日，…": role, name, role, name after the dateline, without brackets.</summary>
    private static IReadOnlyList<string> UnbracketedBylineNames(string raw, Dateline dateline)
    {
        var tokens = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 3 || Cleaning.Despacer.Body(tokens[0]) != dateline.Text)
        {
            return [];
        }

        var names = new List<string>();
        for (var i = 1; i + 1 < tokens.Length && BylineRole().IsMatch(tokens[i]); i += 2)
        {
            // A justified two-character name comes apart ("方 圆").
            var name = tokens[i + 1];
            if (name.Length == 1 && i + 2 < tokens.Length && tokens[i + 2].Length == 1 && Cleaning.CharClass.IsCjk(tokens[i + 2][0]))
            {
                name += tokens[++i + 1];
            }

            if (name.Length is < 2 or > 4 || !name.All(Cleaning.CharClass.IsCjk))
            {
                break;
            }

            names.Add(name);
        }

        return names;
    }

    public static bool StartsBody(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        // Cheap first-character guards keep the regexes off the ordinary body lines.
        return char.IsAsciiLetterUpper(text[0]) || (text[0] == '(' && text.Length > 1 && char.IsAsciiLetterUpper(text[1]))
            ? LatinDateline().IsMatch(text) || IsLatinByline(text)
            : ("本新中人央光经工据特见实记通".Contains(text[0]) || BylineMarkers.Contains(text[0]) || text.AsSpan(0, Math.Min(text.Length, 12)).Contains('讯'))
                && (CjkDateline().IsMatch(text) || IsCjkBylineLine(text));
    }

    public static bool IsLatinByline(string line) => LatinByline().IsMatch(line);

    /// <summary>The byline line and, where it wraps after "and", "&amp;" or a comma, the next line too.</summary>
    public static string LatinBylineWithWrap(string line, string? next) =>
        next is not null && (line.EndsWith(" and", StringComparison.Ordinal) || line.EndsWith(" &", StringComparison.Ordinal) || line.EndsWith(','))
            ? line + " " + next
            : line;

    /// <summary>"By JOHN SMITH and JANE DOE" → ["John Smith", "Jane Doe"].</summary>
    public static IReadOnlyList<string> LatinBylineNames(string line)
    {
        var match = LatinByline().Match(line);
        return match.Success ? NameRules.FromLatinList(match.Groups["names"].Value) : [];
    }

    /// <summary>Bullets some papers print before a byline line: "□本报记者 陆一鸣", "■本报记者 郑晓燕".</summary>
    public const string BylineMarkers = "□■●◆◇★☆○";

    /// <summary>A byline standing on its own line: "本报记者 王比学", "记者 付凯明 通讯员 李想", "□本报记者 陆一鸣 文/图".</summary>
    public static bool IsCjkBylineLine(string line) => CjkBylineLine().IsMatch(line) && NameRules.IsNameList(line);

    public static IReadOnlyList<string> CjkBylineLineNames(string rawLine) => NameRules.FromByline(rawLine);

    [GeneratedRegex(@"^(?:本报|特约|见习|实习|首席)?(?:记者|通讯员|实习生)$")]
    private static partial Regex BylineRole();

    // Evening and metro papers: "晚报讯", "晨报讯", "晚报5月13日讯".
    [GeneratedRegex(@"^(?<d>本报讯|[\p{IsCJKUnifiedIdeographs}]{1,3}报(?:\d{1,2}月\d{1,2}日)?讯|(?:本报|新华社|中新社|中新网|人民网|央视网|新华网|光明网|经济日报|工人日报)[\p{IsCJKUnifiedIdeographs}]{0,10}?(?:\d{1,2}月\d{1,2}日)?电|本报消息|据新华社电|新华社电)")]
    private static partial Regex CjkDateline();

    [GeneratedRegex(@"^[□■●◆◇★☆○]? ?(?:本报|新华社|人民日报)?(?:特约|见习|实习|首席)?(?:记者|通讯员)[\p{IsCJKUnifiedIdeographs} 、·]{2,30}(?<!摄)(?: ?(?:文/图|图/文|文 图))?$")]
    private static partial Regex CjkBylineLine();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'\-]{1,20}(?: [A-Z][A-Z.'\-]{1,20}){0,3})(?:, [A-Z][A-Za-z.]{1,12}){0,2}(?:,? (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?(?: \([A-Za-z ]{2,20}\))?(?: ?[—–]{1,2} ?| -{1,2} )")]
    private static partial Regex LatinDateline();

    // Unsigned stories open with the desk instead: "From staff reports", "Special to The Courier", "(Special to The Herald)".
    [GeneratedRegex(@"^(?:(?:From |FROM )?(?:[Ss]taff|STAFF|[Ww]ire|WIRE|[Ss]taff and wire|STAFF AND WIRE) (?:[Rr]eports?|REPORTS?)|\(?(?:Special to|SPECIAL TO) (?:[Tt]he |THE )?[A-Z][A-Za-z ]{2,40}\)?|(?:By|BY) (?<names>[A-Z][A-Za-z.'’\-]{0,20}(?: [A-Za-z.'’\-]{1,20}){0,8})(?:(?:,| \|) .{0,60})?)$")]
    private static partial Regex LatinByline();
}
