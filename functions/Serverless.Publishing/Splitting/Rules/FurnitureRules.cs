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
        MarkStaffBoxes(lines, furniture);
        return furniture;
    }

    /// <summary>
    /// 责任编辑：王晓 版式设计：陈一, "本版编辑 黄静怡  美编 沈 航", "民生 责任编辑：常青 校对：贾文", "本版邮箱：…
    /// 新闻热线：…": credits and contacts of the page, never of one story.
    /// </summary>
    public static bool IsEditorLine(string line)
    {
        // Every role named below has one of these characters: a cheap guard for body lines.
        if (line.AsSpan().IndexOfAny("编校设制组审统邮热址") < 0)
        {
            return false;
        }

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
        if (line.Length > 24)
        {
            return false;
        }

        var compact = Despacer.Body(line.Trim());
        return compact.Length is >= 4 and <= 6 && compact.All(CharClass.IsCjk) && SectionLabel().IsMatch(compact);
    }

    /// <summary>Pieces of a running head that PDF extraction tears off into the middle of the page: "第3版", "2024年3月19日 星期二".</summary>
    public static bool IsTornRunningHead(string line) =>
        (line.Length <= 40 && (line.Contains('版') || line.Contains("星期", StringComparison.Ordinal)) && TornPiece().IsMatch(Despacer.Body(line)))
        || SectionPage().IsMatch(line) || JumpLine().IsMatch(line)
        || (line.Length <= 24 && line.AsSpan().IndexOfAny('转', '接') >= 0 && CjkJumpLine().IsMatch(Despacer.Body(line.Trim())))
        || StandingLabel().IsMatch(line.Trim());

    /// <summary>"Continued from A1", "SCHOOLS, from B1": a jump line over the rest of a story from another page.</summary>
    public static bool IsJumpFrom(string line) =>
        line.Contains("from", StringComparison.OrdinalIgnoreCase) && JumpLine().IsMatch(line.Trim());

    /// <summary>"See RAIL, Page 7A", "Continued on A6": the story goes on on another page.</summary>
    public static bool IsJumpTo(string line) => !IsJumpFrom(line) && JumpLine().IsMatch(line.Trim());

    /// <summary>A date, a weekday, a page or section marker: what a running head is made of.</summary>
    public static bool IsRunningHeadPiece(string line)
    {
        var text = line.Trim();
        var compact = Despacer.Body(text);
        if (text.Contains(" | ", StringComparison.Ordinal))
        {
            // "A10 | THE DAILY COURIER | TUESDAY, APRIL 20, 2021": a running head printed as one line of pieces; a footer
            // ("courier.com/metro | Have a news tip? Call …") names the paper's site.
            var pieces = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return pieces.Length >= 2 && pieces.All(p => p.Length <= 40) && (pieces.Count(IsRunningHeadPiece) >= 2 || pieces.Any(p => WebAddress().IsMatch(p)));
        }

        if (text.Contains("  ", StringComparison.Ordinal) && !text.Any(CharClass.IsCjk))
        {
            // "6A  THE DAILY COURIER  Tuesday, October 14, 2025": the same pieces set apart by wide spaces.
            var pieces = DoubleSpace().Split(text);
            return pieces.Length >= 2 && pieces.All(p => p.Length <= 60) && pieces.Count(IsRunningHeadPiece) >= 2;
        }

        // "THE CLAYBURN HERALD, THURSDAY, MARCH 4, 1954": the paper's name before the date.
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && NewspaperName().IsMatch(text[..comma]) && LatinDate().IsMatch(text[(comma + 2)..]))
        {
            return true;
        }

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

        // A jump line ("Continued from A1") opens a story: the jump headline above it is no masthead.
        var last = zone.FindLastIndex(z => (furniture[z] && !JumpLine().IsMatch(lines[z].Text)) || IsRunningHeadPiece(lines[z].Text));
        foreach (var index in zone.Take(last + 1))
        {
            furniture[index] = true;
        }

        // The section name printed under a running head heads the page, not a story: "METRO", "OPINION" (one word in
        // capitals standing alone between blank lines), "综 合", "要闻" (too short for a Chinese headline).
        if (fromTop && last >= 0 && last + 1 < zone.Count && (IsSectionName(lines, furniture, zone[last + 1]) || IsCjkSectionName(lines[zone[last + 1]].Text)))
        {
            furniture[zone[last + 1]] = true;
        }
    }

    private static bool IsCjkSectionName(string line)
    {
        var compact = Despacer.Body(line.Trim());
        return compact.Length is >= 2 and <= 4 && compact.All(CharClass.IsCjk);
    }

    /// <summary>
    /// A staff box inside the page ("THE DAILY COURIER" / "Founded 1887" / "Jane Roe, Publisher"): a block that opens
    /// with the paper's name and holds only short lines that end no sentence.
    /// </summary>
    private static void MarkStaffBoxes(IReadOnlyList<PageLine> lines, bool[] furniture)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            // Latin pages only: a Chinese paper's name opens its masthead, which the edge zone already takes.
            var name = lines[i].Text.Trim();
            if (lines[i].IsBlank || furniture[i] || (i > 0 && !lines[i - 1].IsBlank && !CharClass.EndsSentence(lines[i - 1].Text))
                || !char.IsAsciiLetterUpper(name[0]) || !NewspaperName().IsMatch(name))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && !lines[end].IsBlank && end - i < 12)
            {
                end++;
            }

            var block = Enumerable.Range(i, end - i).ToList();
            if (block.Count >= 2 && (end == lines.Count || lines[end].IsBlank)
                && block.All(b => lines[b].Text.Trim().Length <= 48 && !CharClass.EndsSentence(lines[b].Text)))
            {
                block.ForEach(b => furniture[b] = true);
                continue;
            }

            // Without a blank line to end it, the box is its "Founded 1887" and "Jane Roe, Publisher" lines.
            var staff = i + 1;
            while (staff < lines.Count && StaffLine().IsMatch(lines[staff].Text.Trim()))
            {
                staff++;
            }

            if (staff - i >= 3)
            {
                Enumerable.Range(i, staff - i).ToList().ForEach(b => furniture[b] = true);
            }
        }
    }

    /// <remarks>On pages without blank lines (PDF text) the blank lines around it cannot be asked for.</remarks>
    private static bool IsSectionName(IReadOnlyList<PageLine> lines, bool[] furniture, int index)
    {
        var text = lines[index].Text.Trim();
        var interior = lines.SkipWhile(l => l.IsBlank).Reverse().SkipWhile(l => l.IsBlank).ToList();
        var blankLines = interior.Count(l => l.IsBlank) * 20 >= interior.Count(l => !l.IsBlank);
        // A short headline in capitals under the running head is followed by its byline or dateline; a section name is not.
        var following = lines.Skip(index + 1).FirstOrDefault(l => !l.IsBlank);
        return text.Length is >= 3 and <= 20 && text.All(c => char.IsAsciiLetterUpper(c) || c == '&' || c == ' ') && !text.Contains("  ", StringComparison.Ordinal)
            && text.Split(' ').Count(w => w != "&") <= 2 && (!blankLines || ((index == 0 || lines[index - 1].IsBlank || furniture[index - 1]) && (index + 1 == lines.Count || lines[index + 1].IsBlank)))
            && (following.Text is null || !DatelineRules.StartsBody(Despacer.LatinSignal(following.Text)))
            // "COUNCIL ASKS" / "$240,000 FOR": the first line of a headline in capitals, which goes on right under it.
            && (index + 1 == lines.Count || lines[index + 1].IsBlank || !IsCapitalsLine(lines[index + 1].Text));
    }

    private static bool IsCapitalsLine(string line) => line.Any(char.IsAsciiLetterUpper) && !line.Any(char.IsLower);

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

    [GeneratedRegex(@" {2,}")]
    private static partial Regex DoubleSpace();

    /// <summary>"dailycourier.com/nation", "www.herald.co.uk": the paper's site in a footer.</summary>
    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?[a-z0-9\-]{2,40}(?:\.[a-z]{2,6}){1,2}(?:/[A-Za-z0-9/\-]{0,40})?$")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"^(?:(?:Page|PAGE|Section|SECTION) ?)?(?:[A-Z]?\d{1,3}|\d{1,3}[A-Z])$|^(?:Page|PAGE) (?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$|^[-—–] ?\d{1,3} ?[-—–]$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?(?:[^，。]{0,20})?$|^(?:星期[一二三四五六日天])$")]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"^(?:第\d{1,3}版|\d{4}年\d{1,2}月\d{1,2}日星期[一二三四五六日天])$")]
    private static partial Regex TornPiece();

    /// <summary>A masthead: "The Harbor Times", "THE MILLBROOK COURIER", "临川日报".</summary>
    [GeneratedRegex(@"^(?:(?:The|THE) )?(?:[A-Z][A-Za-z]+ ){0,2}(?:Times|TIMES|Herald|HERALD|Courier|COURIER|Post|POST|Journal|JOURNAL|Gazette|GAZETTE|Tribune|TRIBUNE|Chronicle|CHRONICLE|Daily|DAILY|Observer|OBSERVER|Star|STAR|News|NEWS)$|^[\p{IsCJKUnifiedIdeographs}]{2,6}(?:日报|晚报|时报|商报|早报|都市报)$")]
    private static partial Regex NewspaperName();

    /// <summary>
    /// "Continued on A6", "Continued from Page 1", "Please see BUDGET, A6", "See FIRE on page 3", "BUDGET, from A1",
    /// "See RAIL, Page 7A" (the section letter after the number):
    /// navigation between pages, not story text.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Continued|CONTINUED|Cont'd) (?:on|from|ON|FROM) (?:[Pp]age |PAGE )?[A-Z]?\d{1,3}|(?:(?:Please|PLEASE) )?(?:[Ss]ee|SEE) [A-Z][A-Za-z'’\- ]{1,40}(?:,| on| ON) (?:[Pp]age |PAGE )?(?:[A-Z]?\d{1,3}|\d{1,3}[A-Z])|[A-Z][A-Z'’\- ]{1,40}(?:,| on) (?:from|FROM) (?:[Pp]age |PAGE )?(?:[A-Z]?\d{1,3}|\d{1,3}[A-Z]))\.?$")]
    private static partial Regex JumpLine();

    /// <summary>"A07  社会", "第3版 要闻": a page number with the section's name.</summary>
    [GeneratedRegex(@"^(?:[A-Z]\d{1,3}|第\d{1,3}版) *[\p{IsCJKUnifiedIdeographs}·]{2,6}$|^[\p{IsCJKUnifiedIdeographs}·]{2,6} *(?:[A-Z]\d{1,3}|第\d{1,3}版)$")]
    private static partial Regex SectionMarker();

    /// <summary>"（下转第二版）", "（上接第1版）", "转第3版": where a story jumps to or from.</summary>
    [GeneratedRegex(@"^[（(]?(?:下转|上接|转|接)(?:第?[0-9一二三四五六七八九十]{1,3}版|[A-Z]\d{1,2}(?:版)?)[）)]?$")]
    private static partial Regex CjkJumpLine();

    /// <summary>
    /// Standing labels of a page's furniture: a roundup's "IN BRIEF", the letters column's "LETTERS TO THE EDITOR" and
    /// its "Send letters of up to 250 words to …" line.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:NEWS|LOCAL|AREA|METRO|STATE|NATION|WORLD|BUSINESS|SPORTS) )?(?:IN BRIEF|BRIEFS|BRIEFLY|BRIEFING|DIGEST)|LETTERS(?: TO THE EDITOR)?|(?:Send|Submit|E-?mail|Write) (?:us )?(?:your )?letters? .{0,120})$")]
    private static partial Regex StandingLabel();

    /// <summary>A staff box line: "Founded 1887", "Margaret Ellison, Publisher", "Robert Tan, Executive Editor".</summary>
    [GeneratedRegex(@"^(?:(?:Founded|Established|Est\.|Since|FOUNDED|ESTABLISHED) \d{4}|[A-Z][A-Za-z.'’\-]{0,20}(?: [A-Z][A-Za-z.'’\-]{0,20}){1,3}, (?:[A-Z][a-z]+ ){0,3}(?:Publisher|Editor|President|Director|Manager|Officer|Writer|Columnist|Cartoonist))$")]
    private static partial Regex StaffLine();

    /// <summary>"A1", "B3", "Page A6": a section letter with a page number alone on a line.</summary>
    [GeneratedRegex(@"^(?:Page |PAGE )?[A-H]\d{1,2}$")]
    private static partial Regex SectionPage();

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex CjkDateAnywhere();

    [GeneratedRegex(@"第\d{1,3}版|^[A-Z]?\d{1,2}版")]
    private static partial Regex CjkPageMarker();

    [GeneratedRegex(@"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? [1l]\d{3}$|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ", RegexOptions.IgnoreCase)]
    private static partial Regex LatinDate();
}
