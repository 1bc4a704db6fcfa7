using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Rules;

/// <summary>Turns bylines, attribution lines, editor notes and photo credits into bare names.</summary>
public static partial class NameRules
{
    /// <summary>"记者付凯明 通讯员李想" → [付凯明, 李想]; "记者 杨 帆" → [杨帆].</summary>
    public static IReadOnlyList<string> FromByline(string byline)
    {
        var text = BylineWorks().Replace(byline, "");
        text = IsJustified(text) ? Despacer.Body(text) : text;
        text = Roles().Replace(text, "|");
        var names = new List<string>();
        var pending = new StringBuilder();
        foreach (var token in text.Split([' ', '|', '、', '，', ',', '；', ';', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            // Justification spreads a name over one-character tokens ("杨 帆").
            if (token.Length == 1 && CharClass.IsCjk(token[0]))
            {
                pending.Append(token);
                continue;
            }

            Flush(pending, names);
            AddName(token, names);
        }

        Flush(pending, names);
        return names;
    }

    /// <summary>
    /// What follows the roles of a byline is names only ("□本报记者 陆一鸣 文/图", "记者付凯明 通讯员李想"), not a
    /// sentence that happens to start with 记者 ("记者从市文化广电和旅游局").
    /// </summary>
    public static bool IsNameList(string byline)
    {
        var text = BylineWorks().Replace(byline.TrimStart(Rules.DatelineRules.BylineMarkers.ToCharArray()), "");
        var tokens = Roles().Replace(text, "|").Split([' ', '|', '、'], StringSplitOptions.RemoveEmptyEntries);
        var longest = text.Trim().Contains(' ') ? 4 : 7;
        return tokens.Length > 0 && tokens.All(t => t.Length <= longest && !ColumnLabels.Contains(t));
    }

    /// <summary>"示范区工委组织部部长杨哲", "□ 王立新", "读者 刘文斌" (signatures) → the name; null when the line is none of these.</summary>
    /// <remarks>English: "— Harold Brandt, Riverside" → Harold Brandt; "Elaine Marsh is a professor…" → Elaine Marsh.</remarks>
    public static string? FromAttribution(string line)
    {
        var writer = LatinWriter().Match(line);
        if (writer.Success)
        {
            return FromLatinList(writer.Groups["name"].Value).FirstOrDefault();
        }

        var match = Attribution().Match(line);
        return match.Success && match.Groups["name"].Length > 0 && !ColumnLabels.Contains(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
    }

    /// <summary>Also "本报评论员", an attribution without a name.</summary>
    public static bool IsAttribution(string line) =>
        FromAttribution(line) is not null || (Attribution().Match(line) is { Success: true } match && match.Groups["name"].Length == 0);

    /// <summary>Words that follow 记者 or 专家 in the labels of column pieces ("记者手记", "专家点评"), never names.</summary>
    private static readonly HashSet<string> ColumnLabels =
        ["手记", "札记", "观察", "调查", "连线", "探访", "追踪", "视点", "点评", "述评", "随笔", "感言", "来信", "体验", "解读", "提醒", "建议", "观点"];

    /// <summary>"（本栏稿件均由本报记者郭树勋整理）" → [郭树勋].</summary>
    public static IReadOnlyList<string> FromNote(string note)
    {
        var names = new List<string>();
        foreach (Match match in NoteName().Matches(Despacer.Body(note)))
        {
            AddName(match.Groups["name"].Value, names);
        }

        return names;
    }

    /// <summary>"本报记者 杨 帆 摄" → [杨帆]; "(AP Photo/Evan Vucci)" → [Evan Vucci].</summary>
    public static IReadOnlyList<string> FromCredit(string credit)
    {
        var latin = LatinCredit().Match(credit);
        if (latin.Success)
        {
            return FromLatinList(latin.Groups["names"].Value);
        }

        var text = credit.Trim().Trim('（', '）', '(', ')').Trim();
        if (text.EndsWith('摄'))
        {
            text = text[..^1];
        }

        text = text.Replace("摄影", " ", StringComparison.Ordinal);
        return FromByline(CreditSources().Replace(text, " "));
    }

    /// <summary>"JOHN SMITH and JANE DOE" → [John Smith, Jane Doe].</summary>
    public static IReadOnlyList<string> FromLatinList(string names)
    {
        var result = new List<string>();
        foreach (var part in LatinSeparators().Split(names))
        {
            var name = part.Trim().Trim('.', ',', ' ');
            if (name.Length >= 2 && char.IsUpper(name[0]))
            {
                result.Add(IsAllCaps(name) ? TitleCase(name) : name);
            }
        }

        return result;
    }

    private static void Flush(StringBuilder pending, List<string> names)
    {
        if (pending.Length > 0)
        {
            AddName(pending.ToString(), names);
            pending.Clear();
        }
    }

    private static void AddName(string token, List<string> names)
    {
        var name = token.Trim();
        if (name.Length is >= 2 and <= 6 && name.All(c => CharClass.IsCjk(c) || c == '·') && !names.Contains(name))
        {
            names.Add(name);
        }
    }

    private static bool IsJustified(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 4 && tokens.Count(t => t.Length == 1) * 3 >= tokens.Length * 2;
    }

    private static bool IsAllCaps(string text) => !text.Any(char.IsLower);

    /// <summary>"KEVIN O'BRIEN" → "Kevin O'Brien".</summary>
    private static string TitleCase(string name)
    {
        var chars = name.ToLower(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '\'' or '’' or '-' or '.')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    [GeneratedRegex("本报记者|新华社记者|人民日报记者|特约记者|见习记者|实习记者|首席记者|记者|特约通讯员|通讯员|实习生|报道|整理")]
    private static partial Regex Roles();

    [GeneratedRegex("^(?:本报|新华社|人民日报|中新社)?(?:特约|见习|实习|首席)?(?:记者|通讯员|摄影记者)?")]
    private static partial Regex CreditSources();

    [GeneratedRegex(@"(?:记者|通讯员|编辑|作者)(?<name>[\p{IsCJKUnifiedIdeographs}]{2,3}?)(?:整理|采写|撰文|供稿|执笔|报道)")]
    private static partial Regex NoteName();

    [GeneratedRegex(@"(?:Photo|PHOTO|photo)(?:s|graph)?(?: by| courtesy of|/| :|:) ?(?<names>[A-Z][A-Za-z.'’\- ]{1,40}?)(?:/[A-Za-z .]{2,30})?\)?$")]
    private static partial Regex LatinCredit();

    // "文/图" (words and pictures) after the names.
    [GeneratedRegex(@" ?(?:文 ?/ ?图|图 ?/ ?文)\s*$")]
    private static partial Regex BylineWorks();

    [GeneratedRegex(@"^(?:(?:—|–|-{1,2}) ?(?<name>[A-Z][A-Za-z.'’\-]{0,20}(?: (?:[A-Z][A-Za-z.'’\-]{0,20}|de|van|von|da|del)){1,4})(?:,|$)|(?<name>[A-Z][a-z'’\-]+(?: (?:[A-Z][A-Za-z'’\-]+?|[A-Z]\.)){1,3})(?:'s|’s)? (?:is|was|has|writes|teaches|lives|works|column|columns|can be reached)\b)")]
    private static partial Regex LatinWriter();

    [GeneratedRegex(@",| and | & ")]
    private static partial Regex LatinSeparators();

    [GeneratedRegex(@"^[□■●◆◇★☆○](?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})$|^(?:读者|来信人|网友|市民)(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})$|^(?:本报|新华社|人民日报)?(?:特约)?评论员(?<name>)$|(?:部长|副部长|局长|副局长|董事长|总经理|经理|主任|副主任|书记|副书记|党委书记|党支部书记|院长|校长|主席|社长|总裁|区长|市长|县长|乡长|镇长|村长|省长|厅长|处长|科长|所长|站长|队长|会长|理事长|秘书长|负责人|总监|行长|馆长|园长|主委|委员|教授|研究员|总编辑|总工程师|工程师|专家|代表|创始人|董事|常务副区长|副区长|副市长|副县长|主管|组长|支队长|大队长|政委|检察长|审判长|所长|局长助理)(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})$")]
    private static partial Regex Attribution();
}
