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
            furniture[i] = !lines[i].IsBlank && IsEditorLine(lines[i].Text);
        }

        MarkEdge(lines, furniture, fromTop: true);
        MarkEdge(lines, furniture, fromTop: false);
        return furniture;
    }

    /// <summary>责任编辑：王晓 版式设计：陈一; credits for the page's layout, never for one story.</summary>
    public static bool IsEditorLine(string line) => EditorLine().IsMatch(Despacer.Body(line));

    /// <summary>A date, a weekday, a page or section marker: what a running head is made of.</summary>
    public static bool IsRunningHeadPiece(string line)
    {
        var text = line.Trim();
        var compact = Despacer.Body(text);
        return PageNumber().IsMatch(text) || CjkDate().IsMatch(compact) || LatinDate().IsMatch(text) || CjkPageMarker().IsMatch(compact)
            || (compact.Length <= 30 && !LineRules.HasSentencePunctuation(compact) && CjkDateAnywhere().IsMatch(compact));
    }

    /// <summary>
    /// The edge zone (lines up to the first blank line, at most a few) is furniture when it holds a running-head piece
    /// and every line in it is short: a masthead with a date and a page number.
    /// </summary>
    private static void MarkEdge(IReadOnlyList<PageLine> lines, bool[] furniture, bool fromTop)
    {
        var zone = new List<int>();
        var step = fromTop ? 1 : -1;
        var i = fromTop ? 0 : lines.Count - 1;
        while (i >= 0 && i < lines.Count && (lines[i].IsBlank || furniture[i]))
        {
            i += step;
        }

        for (; i >= 0 && i < lines.Count && !lines[i].IsBlank && zone.Count <= EdgeLines; i += step)
        {
            zone.Add(i);
        }

        if (zone.Count == 0 || zone.Count > EdgeLines)
        {
            // A zone running into text without a break is an article, except its running-head pieces themselves.
            foreach (var index in zone.Take(EdgeLines))
            {
                if (IsRunningHeadPiece(lines[index].Text))
                {
                    furniture[index] = true;
                }
                else
                {
                    break;
                }
            }

            return;
        }

        if (zone.Any(z => IsRunningHeadPiece(lines[z].Text)) && zone.All(z => IsShort(lines[z].Text)))
        {
            foreach (var index in zone)
            {
                furniture[index] = true;
            }
        }
    }

    private static bool IsShort(string line) =>
        line.Length <= 40 && !CharClass.EndsSentence(line) && line.IndexOf('，') < 0 && line.IndexOf('。') < 0;

    [GeneratedRegex(@"^(?:责任编辑|本版编辑|编辑|美术编辑|版式设计|版面设计|视觉设计|本版制图|制图|校对|责任校对|组版|审校|本版统筹)[：:]")]
    private static partial Regex EditorLine();

    [GeneratedRegex(@"^(?:(?:Page|PAGE|Section|SECTION) ?)?[A-Z]?\d{1,3}$|^[-—–] ?\d{1,3} ?[-—–]$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?(?:[^，。]{0,20})?$|^(?:星期[一二三四五六日天])$")]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"\d{4}年\d{1,2}月\d{1,2}日")]
    private static partial Regex CjkDateAnywhere();

    [GeneratedRegex(@"第\d{1,3}版|^[A-Z]?\d{1,2}版")]
    private static partial Regex CjkPageMarker();

    [GeneratedRegex(@"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}$|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ", RegexOptions.IgnoreCase)]
    private static partial Regex LatinDate();
}
