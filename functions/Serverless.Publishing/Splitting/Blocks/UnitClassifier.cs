using System.Text.RegularExpressions;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Blocks;

/// <summary>Gives each unit its role from its own text, then corrects headlines that are really column breaks.</summary>
public static partial class UnitClassifier
{
    public static void Classify(List<TextUnit> units, PageProfile profile)
    {
        foreach (var unit in units)
        {
            if (profile.Script == PageScript.Cjk)
            {
                ClassifyCjk(unit, profile);
            }
            else
            {
                ClassifyLatin(unit, profile);
            }
        }

        if (profile.Script == PageScript.Latin)
        {
            MarkDecks(units, profile);
            LatinLayout.Mark(units, profile);
        }

        if (profile.Script == PageScript.Cjk)
        {
            KeepSubheadsInSeries(units, profile);
            if (!profile.BlankLines)
            {
                UnmarkWrappedLines(units);
            }
        }

        for (var i = 1; i < units.Count; i++)
        {
            // A byline or dateline right after it still makes it a headline.
            var opensStory = i + 1 < units.Count && units[i + 1].StartsArticle;
            if (units[i].Kind == UnitKind.Headline && units[i - 1].Kind == UnitKind.Body && !opensStory && InterruptsSentence(units[i - 1], profile))
            {
                units[i].Kind = UnitKind.Body;
            }
        }
    }

    private static void ClassifyCjk(TextUnit unit, PageProfile profile)
    {
        var text = unit.Compact;
        if (unit.Lines.Count == 1 && LineRules.IsCredit(unit.Lines[0].Text))
        {
            unit.Kind = UnitKind.Credit;
        }
        else if ((LineRules.IsBracketNote(text) && text.Length <= 80) || LineRules.IsEditorsNote(text))
        {
            unit.Kind = UnitKind.Note;
        }
        else if (unit.Lines.Count == 1 && LineRules.IsAttribution(text))
        {
            unit.Kind = UnitKind.Attribution;
        }
        else if (LineRules.IsCaptionStart(text) || (unit.Lines.Count <= 5 && !DatelineRules.StartsBody(text) && LineRules.EndsWithPhotoCredit(text)))
        {
            unit.Kind = UnitKind.Caption;
        }
        else if (DatelineRules.StartsBody(text))
        {
            unit.StartsArticle = true;
            unit.IsBylineOnly = unit.Lines.Count == 1 && DatelineRules.IsCjkBylineLine(unit.Lines[0].Text);
        }
        else if (IsInBodySubhead(unit, profile))
        {
            unit.IsSubhead = true;
        }
        else if (IsCjkHeadline(unit, profile))
        {
            unit.Kind = UnitKind.Headline;
        }
    }

    /// <summary>
    /// Subheads inside a long story are marked as such ("■从“等靠要”到“主动干”", "一、坚持规划先行", "（二）…"):
    /// headlines are not. They stay in the body as paragraphs of their own (if there are several, see below).
    /// </summary>
    private static bool IsInBodySubhead(TextUnit unit, PageProfile profile)
    {
        var text = profile.Clean(unit.Lines[0]);
        return unit.Lines.Count == 1 && text.Length >= 3
            && (text[0] is '■' or '●' or '◆' or '◎' || SubheadNumber().IsMatch(text));
    }

    private static bool IsCjkHeadline(TextUnit unit, PageProfile profile)
    {
        if (unit.Lines.Count > 4)
        {
            return false;
        }

        var maxLine = Math.Max(40, profile.ColumnWidth * 2.5);
        if (unit.Lines.Any(l => profile.Width(l) > maxLine))
        {
            return false;
        }

        var text = unit.Compact;
        var last = text[^1];
        if (text.Contains('。') || text.Count(c => c is '，' or '；' or ',') > 1 || last is '，' or '、' or '；' or '：' or ','
            || CharClass.IsOpening(last) || !LineRules.Balanced(text))
        {
            return false;
        }

        // A full-width line with clause punctuation is a wrapped sentence cut by a column break; a subtitle
        // ("——今年计划再装150部，…") may be as wide.
        var subtitle = LineRules.IsDashSubtitle(profile.Clean(unit.Lines[^1])) && unit.Lines.Count > 1;
        if (!subtitle && text.AsSpan().IndexOfAny('，', '、') >= 0 && profile.Width(unit.Lines[^1]) >= profile.ColumnWidth * 0.85)
        {
            return false;
        }

        // A body fragment may end in 。 after a closing quote; a headline ends on a word or on ！/？.
        return !CharClass.EndsSentence(text) || last is '！' or '？' or '!' or '?';
    }

    private static void ClassifyLatin(TextUnit unit, PageProfile profile)
    {
        var first = profile.Clean(unit.Lines[0]);
        if (unit.Lines.Count == 1 && LineRules.IsCredit(first))
        {
            unit.Kind = UnitKind.Credit;
            return;
        }

        if (DatelineRules.StartsBody(first))
        {
            unit.StartsArticle = true;
            // "By EMILY RHODES" may carry a title line ("Staff Writer") under it.
            unit.IsBylineOnly = DatelineRules.IsLatinByline(first) && unit.Lines.Count <= 2
                && unit.Lines.Skip(1).All(l => profile.Clean(l).Length <= 40 && !LineRules.EndsLatinSentence(profile.Clean(l)));
            return;
        }

        if (LineRules.IsCaptionStart(first))
        {
            unit.Kind = UnitKind.Caption;
            return;
        }

        var lines = unit.Lines.Select(profile.Clean).ToList();
        if (lines.Count >= 2 && LineRules.IsLatinCaps(lines[0])
            && lines.Skip(1).All(l => LineRules.IsAdvertLine(l) || LineRules.IsLatinHeadlineLike(l) || (l.Length < profile.ColumnWidth * 0.7 && !LineRules.EndsLatinSentence(l)))
            && lines.Skip(1).Any(l => LineRules.IsAdvertLine(l) && !LineRules.IsHeadlineSum(l)))
        {
            unit.Kind = UnitKind.Advert;
            return;
        }

        // Older pages stack decks: up to three lines in capitals, then up to three in title case.
        var caps = lines.TakeWhile(LineRules.IsLatinCaps).Count();
        var maxLines = caps is >= 1 and <= 3 ? caps + 3 : 4;
        if (lines.Count <= maxLines && (LineRules.IsLatinHeadlineLike(lines[0]) || caps > 0) && lines.Skip(1).Select((l, i) => (l, i)).All(x =>
                LineRules.IsLatinHeadlineLike(x.l) || (lines[x.i].EndsWith('-') && x.l.Length > 0 && char.IsLower(x.l[0]))
                || (x.i + 1 < caps && LineRules.IsLatinCaps(x.l)) || LineRules.IsHeadlineSum(x.l)))
        {
            unit.Kind = UnitKind.Headline;
        }
    }

    /// <summary>
    /// A deck under an English headline ("$1.2 billion would rebuild tunnels under the / river") reads like prose but
    /// ends no sentence and stands right before the byline or dateline: it belongs to the headline.
    /// </summary>
    private static void MarkDecks(List<TextUnit> units, PageProfile profile)
    {
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind != UnitKind.Body || unit.StartsArticle || unit.Lines.Count > 3 || !units[i + 1].StartsArticle
                || unit.Lines.Any(l => LineRules.EndsLatinSentence(profile.Clean(l))))
            {
                continue;
            }

            var afterHeadline = i > 0 && units[i - 1].Kind == UnitKind.Headline && !unit.GapBefore;
            if (afterHeadline || LineRules.IsLatinHeadlineLike(profile.Clean(unit.Lines[0])))
            {
                unit.Kind = UnitKind.Headline;
            }
        }
    }

    /// <summary>
    /// Subheads come in series within one story; a single marked line between stories ("■数读江州·一季度消费市场")
    /// is the title of the next piece.
    /// </summary>
    private static void KeepSubheadsInSeries(List<TextUnit> units, PageProfile profile)
    {
        var stretch = new List<TextUnit>();
        foreach (var unit in units.Append(null))
        {
            if (unit is null || unit.Kind == UnitKind.Headline || unit.StartsArticle)
            {
                var marked = stretch.Where(u => u.IsSubhead).ToList();
                if (marked.Count == 1)
                {
                    marked[0].IsSubhead = false;
                    marked[0].Kind = IsCjkHeadline(marked[0], profile) ? UnitKind.Headline : UnitKind.Body;
                }

                stretch.Clear();
            }

            if (unit is not null)
            {
                stretch.Add(unit);
            }
        }
    }

    /// <summary>
    /// Without blank lines a paragraph's first line ("县市场监督管理局相关负") looks like a headline. A word running on
    /// into the next line gives it away: the two characters across the break ("负责") occur elsewhere on the page.
    /// </summary>
    private static void UnmarkWrappedLines(List<TextUnit> units)
    {
        var candidates = new List<(TextUnit Unit, string Seam)>();
        for (var i = 1; i + 1 < units.Count; i++)
        {
            var (unit, next) = (units[i], units[i + 1]);
            if (unit.Kind == UnitKind.Headline && unit.Lines.Count == 1 && next.Kind == UnitKind.Body && !next.StartsArticle
                && units[i - 1].Kind != UnitKind.Headline && unit.Compact.Length >= 2 && next.Compact.Length >= 2
                && CharClass.IsCjk(unit.Compact[^1]) && CharClass.IsCjk(next.Compact[0]))
            {
                candidates.Add((unit, string.Concat(unit.Compact[^1], next.Compact[0])));
            }
        }

        if (candidates.Count == 0)
        {
            return;
        }

        // One pass over the page counts the seams; the seam itself is one occurrence.
        var counts = candidates.Select(c => c.Seam).Distinct().ToDictionary(seam => seam, _ => 0, StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var page = string.Concat(units.Select(u => u.Compact));
        for (var i = 0; i + 1 < page.Length; i++)
        {
            if (lookup.TryGetValue(page.AsSpan(i, 2), out var count))
            {
                lookup[page.AsSpan(i, 2)] = count + 1;
            }
        }

        foreach (var (unit, seam) in candidates.Where(c => counts[c.Seam] >= 2))
        {
            unit.Kind = UnitKind.Body;
        }
    }

    /// <summary>The body before stops mid-sentence on a full line: what follows is its continuation after a column break.</summary>
    private static bool InterruptsSentence(TextUnit body, PageProfile profile)
    {
        var last = profile.Clean(body.Lines[^1]);
        if (CharClass.EndsSentence(last) || (profile.Script == PageScript.Cjk && LineRules.EndsWithBracketSource(last)))
        {
            return false;
        }

        var lines = body.Lines.Select(l => new BodyLine(profile.Clean(l), l.Indent, false)).ToList();
        var width = lines.Count >= 3 ? ParagraphBuilder.ColumnWidth(lines, profile.Script) : profile.ColumnWidth;
        return profile.Width(body.Lines[^1]) >= width * 0.8 && (profile.Script == PageScript.Cjk || !LineRules.IsLatinHeadlineLike(last));
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,2}、|（[一二三四五六七八九十]{1,2}）)")]
    private static partial Regex SubheadNumber();
}
