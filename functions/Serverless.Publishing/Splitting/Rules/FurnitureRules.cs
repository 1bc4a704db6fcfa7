using System.Text.RegularExpressions;
using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Rules;

/// <summary>
/// Page furniture: running heads, mastheads, dates, page numbers at the top or bottom of a page, and editor lines
/// (责任编辑：…, 本版制图：…) anywhere. Furniture belongs to no article.
/// </summary>
public static partial class FurnitureRules
{
    /// <summary>Lines of the page edges to look at: running heads are a few short lines.</summary>
    private const int EdgeLines = 4;

    public static bool[] Find(IReadOnlyList<PageLine> lines)
    {
        var furniture = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            furniture[i] = !lines[i].IsBlank && (IsEditorLine(lines[i].Text) || IsTornRunningHead(lines[i].Text) || IsSectionLabel(lines[i].Text));
        }

        MarkEdge(lines, furniture, fromTop: true);
        MarkEdge(lines, furniture, fromTop: false);
        return furniture;
    }

    /// <summary>
    /// 责任编辑：王晓 版式设计：陈一, "本版编辑 黄静怡  美编 沈 航", "民生 责任编辑：常青 校对：贾文", "本版邮箱：…
    /// 新闻热线：…": credits and contacts of the page, never of one story.
    /// </summary>
    public static bool IsEditorLine(string line)
    {
        var compact = Despacer.Body(line);
        if (line.AsSpan().IndexOfAny('：', ':') >= 0 && EditorLine().IsMatch(compact))
        {
            return true;
        }

        // Without a colon: a short unpunctuated line naming two layout roles, or one role before a name at its end.
        var roles = EditorRole().Count(line);
        return compact.Length <= 40 && !LineRules.HasSentencePunctuation(compact.Replace('：', ' ').Replace(':', ' '))
            && (roles >= 2 || (roles == 1 && line.Contains(' ') && (EditorRole().Match(line) is { Index: 0 } || EditorAtEnd().IsMatch(compact))));
    }

    /// <summary>The label of a section printed over its pieces ("图片新闻", "读者来信", "民生简讯"), not a headline.</summary>
    public static bool IsSectionLabel(string line)
    {
        var compact = Despacer.Body(line.Trim());
        return compact.Length is >= 4 and <= 6 && compact.All(CharClass.IsCjk) && SectionLabel().IsMatch(compact);
    }

    /// <summary>Pieces of a running head that PDF extraction tears off into the middle of the page: "第3版", "2024年3月19日 星期二".</summary>
    public static bool IsTornRunningHead(string line) =>
        (line.Length <= 40 && (line.Contains('版') || line.Contains("星期", StringComparison.Ordinal)) && TornPiece().IsMatch(Despacer.Body(line)))
        || SectionPage().IsMatch(line) || JumpLine().IsMatch(line) || CjkJumpLine().IsMatch(Despacer.Body(line.Trim()));

    /// <summary>A date, a weekday, a page or section marker: what a running head is made of.</summary>
    public static bool IsRunningHeadPiece(string line)
    {
        var text = line.Trim();
        var compact = Despacer.Body(text);
        return PageNumber().IsMatch(text) || SectionMarker().IsMatch(text) || CjkDate().IsMatch(compact) || LatinDate().IsMatch(text) || CjkPageMarker().IsMatch(compact)
            || (compact.Length <= 30 && !LineRules.HasSentencePunctuation(compact) && CjkDateAnywhere().IsMatch(compact))
            || NewspaperName().IsMatch(text) || NewspaperName().IsMatch(compact);
    }

    /// <summary>
    /// The edge zone: the first (or last) few short lines, blank lines between them allowed. When it holds a
    /// running-head piece, everything from the edge up to the last piece is a masthead (name, section, date, page).
    /// </summary>
    private static void MarkEdge(IReadOnlyList<PageLine> lines, bool[] furniture, bool fromTop)
    {
        var step = fromTop ? 1 : -1;
        var zone = new List<int>();
        for (var i = fromTop ? 0 : lines.Count - 1; i >= 0 && i < lines.Count && zone.Count < EdgeLines; i += step)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (!furniture[i] && !IsShort(lines[i].Text) && !IsRunningHeadPiece(lines[i].Text))
            {
                break;
            }

            zone.Add(i);
        }

        var last = zone.FindLastIndex(z => furniture[z] || IsRunningHeadPiece(lines[z].Text));
        foreach (var index in zone.Take(last + 1))
        {
            furniture[index] = true;
        }

        // The section's name printed under the running head ("综 合", "要闻"): too short for a headline.
        if (fromTop && last >= 0 && last + 1 < zone.Count && IsSectionName(lines[zone[last + 1]].Text))
        {
            furniture[zone[last + 1]] = true;
        }
    }

    private static bool IsSectionName(string line)
    {
        var compact = Despacer.Body(line.Trim());
        return compact.Length is >= 2 and <= 4 && compact.All(CharClass.IsCjk);
    }

    private static bool IsShort(string line) =>
        line.Length <= 40 && !CharClass.EndsSentence(line) && line.IndexOf('，') < 0 && line.IndexOf('。') < 0;

    [GeneratedRegex(@"^(?:责任编辑|本版编辑|编辑|美术编辑|版式设计|版面设计|视觉设计|本版制图|制图|校对|责任校对|组版|审校|本版统筹|本版邮箱|投稿邮箱|新闻热线|报料热线|本报地址|社址)[：:]")]
    private static partial Regex EditorLine();

    [GeneratedRegex(@"(?:责任编辑|本版编辑|责编|美编|校对)[\p{IsCJKUnifiedIdeographs}·]{2,4}$")]
    private static partial Regex EditorAtEnd();

    [GeneratedRegex(@"(?:新闻|简讯|快讯|速递|来信|来函)$")]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"责任编辑|本版编辑|责编|美编|美术编辑|版式设计|版面设计|视觉设计|本版制图|责任校对|校对|本版统筹|本版邮箱|投稿邮箱|新闻热线|报料热线|广告热线|发行热线")]
    private static partial Regex EditorRole();

    [GeneratedRegex(@"^(?:(?:Page|PAGE|Section|SECTION) ?)?[A-Z]?\d{1,3}$|^[-—–] ?\d{1,3} ?[-—–]$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?(?:[^，。]{0,20})?$|^(?:星期[一二三四五六日天])$")]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"^(?:第\d{1,3}版|\d{4}年\d{1,2}月\d{1,2}日星期[一二三四五六日天])$")]
    private static partial Regex TornPiece();

    /// <summary>A masthead: "The Harbor Times", "THE MILLBROOK COURIER", "临川日报".</summary>
    [GeneratedRegex(@"^(?:(?:The|THE) )?(?:[A-Z][A-Za-z]+ ){0,2}(?:Times|TIMES|Herald|HERALD|Courier|COURIER|Post|POST|Journal|JOURNAL|Gazette|GAZETTE|Tribune|TRIBUNE|Chronicle|CHRONICLE|Daily|DAILY|Observer|OBSERVER|Star|STAR|News|NEWS)$|^[\p{IsCJKUnifiedIdeographs}]{2,6}(?:日报|晚报|时报|商报|早报|都市报)$")]
    private static partial Regex NewspaperName();

    /// <summary>"Continued on A6", "Continued from Page 1": navigation between pages, not story text.</summary>
    [GeneratedRegex(@"^(?:Continued|CONTINUED|Cont'd) (?:on|from|ON|FROM) (?:Page |PAGE )?[A-Z]?\d{1,3}\.?$")]
    private static partial Regex JumpLine();

    /// <summary>"A07  社会", "第3版 要闻": a page number with the section's name.</summary>
    [GeneratedRegex(@"^(?:[A-Z]\d{1,3}|第\d{1,3}版) *[\p{IsCJKUnifiedIdeographs}·]{2,6}$|^[\p{IsCJKUnifiedIdeographs}·]{2,6} *(?:[A-Z]\d{1,3}|第\d{1,3}版)$")]
    private static partial Regex SectionMarker();

    /// <summary>"（下转第二版）", "（上接第1版）", "转第3版": where a story jumps to or from.</summary>
    [GeneratedRegex(@"^[（(]?(?:下转|上接|转|接)(?:第?[0-9一二三四五六七八九十]{1,3}版|[A-Z]\d{1,2}(?:版)?)[）)]?$")]
    private static partial Regex CjkJumpLine();

    /// <summary>"A1", "B3", "Page A6": a section letter with a page number alone on a line.</summary>
    [GeneratedRegex(@"^(?:Page |PAGE )?[A-H]\d{1,2}$")]
    private static partial Regex SectionPage();

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex CjkDateAnywhere();

    [GeneratedRegex(@"第\d{1,3}版|^[A-Z]?\d{1,2}版")]
    private static partial Regex CjkPageMarker();

    [GeneratedRegex(@"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}$|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ", RegexOptions.IgnoreCase)]
    private static partial Regex LatinDate();
}
