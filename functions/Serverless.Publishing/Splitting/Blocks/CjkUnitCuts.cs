using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Blocks;

/// <summary>
/// Where a unit ends inside a block of Chinese lines: at bylines and credits, at attributions, before a headline
/// printed tight against the next story's opening, and (pages without blank lines) at short unpunctuated lines.
/// </summary>
internal static class CjkUnitCuts
{
    /// <summary>Whether <paramref name="line"/> starts a new unit after the lines read so far.</summary>
    public static bool Splits(List<PageLine> current, PageLine line, ref UnitRun run, PageProfile profile)
    {
        var previous = profile.Clean(current[^1]);
        var text = profile.Clean(line);
        if (LineRules.IsCredit(current[^1].Text) || LineRules.IsCredit(line.Text) || LineRules.IsCaptionStart(text))
        {
            return true;
        }

        if (current.Count == 1 && (LineRules.IsAttribution(previous) || LineRules.IsBracketNote(previous)))
        {
            return true;
        }

        // A byline on a line of its own stands between a headline and its body, whatever the blank lines say.
        if (IsBylineLine(line, profile) || IsBylineLine(current[^1], profile) || IsCommentator(text) || IsCommentator(previous))
        {
            return true;
        }

        if (!profile.BlankLines)
        {
            // Without blank lines a headline is a run of short unpunctuated lines after a sentence end. Each line is
            // its own unit, so that the lines of two stories' headlines standing together can be told apart.
            var head = IsCjkHeadLine(line, profile);
            if (run == UnitRun.Head)
            {
                return true;
            }

            // "…（刘" / "浩）": a source in brackets may wrap too.
            if (head && (CharClass.EndsSentence(previous) || LineRules.EndsWithBracketSource(current.Count > 1 ? profile.Clean(current[^2]) + previous : previous)))
            {
                return true;
            }
        }

        var previousEnds = CharClass.EndsSentence(previous) || profile.Width(previous) < profile.ColumnWidth * 0.6;
        return previousEnds && (DatelineRules.StartsBody(text) || LineRules.IsAttribution(text) || LineRules.IsBracketNote(text));
    }

    /// <summary>
    /// Headlines printed straight after the previous story's last sentence and right before the next story's opening
    /// (a byline line, a dateline such as 本报讯, or whatever follows a "——" subtitle): up to four short lines (or a
    /// subtitle) that end no sentence, after a line that does or a blank line. Marks where the headline and the opening start.
    /// </summary>
    public static bool[] HeadsBeforeOpenings(IReadOnlyList<PageLine> lines, bool[] furniture, PageProfile profile)
    {
        var starts = new bool[lines.Count];
        for (var opening = 1; opening < lines.Count; opening++)
        {
            // A "——" subtitle ends a headline too: the line after it opens the story, marked or not.
            var afterSubtitle = !lines[opening - 1].IsBlank && !furniture[opening - 1] && LineRules.IsDashSubtitle(profile.Clean(lines[opening - 1]));
            if (furniture[opening] || lines[opening].IsBlank
                || !(afterSubtitle || IsBylineLine(lines[opening], profile) || DatelineRules.StartsBody(profile.Clean(lines[opening]))))
            {
                continue;
            }

            // One blank line may stand between a headline and its byline.
            var last = opening - 1;
            if (last > 0 && lines[last].IsBlank && !furniture[last])
            {
                last--;
            }

            var first = last + 1;
            while (first > 0 && last - first < 3 && !lines[first - 1].IsBlank && !furniture[first - 1] && IsHeadlinePart(lines[first - 1], profile))
            {
                first--;
            }

            if (first <= last && (first == 0 || lines[first - 1].IsBlank || furniture[first - 1] || EndsText(lines[first - 1], profile)))
            {
                starts[first] = true;
                starts[opening] = true;
            }
        }

        return starts;
    }

    private static bool EndsText(PageLine line, PageProfile profile)
    {
        var text = profile.Clean(line);
        return CharClass.EndsSentence(text) || LineRules.IsAttribution(text) || LineRules.EndsWithBracketSource(text);
    }

    private static bool IsHeadlinePart(PageLine line, PageProfile profile)
    {
        var text = profile.Clean(line);
        return text.Length > 0 && !CharClass.EndsSentence(text) && !IsBylineLine(line, profile)
            && (LineRules.IsDashSubtitle(text) || profile.Width(line) < profile.ColumnWidth * 0.9);
    }

    /// <summary>"本报评论员" on its own line signs a commentary, like a byline.</summary>
    private static bool IsCommentator(string text) => text.EndsWith("评论员", StringComparison.Ordinal) && text.Length <= 8 && LineRules.IsAttribution(text);

    // A full-width line that reads like one is more likely a wrapped sentence ("记者昨日走访了解到").
    private static bool IsBylineLine(PageLine line, PageProfile profile) =>
        DatelineRules.IsCjkBylineLine(line.Text)
        && (line.Text.Trim().Contains(' ') || DatelineRules.BylineMarkers.Contains(line.Text[0]) || profile.Width(line) < profile.ColumnWidth * 0.9);

    public static bool IsCjkHeadLine(PageLine line, PageProfile profile)
    {
        var text = profile.Clean(line);
        return text.Length > 0 && !LineRules.HasSentencePunctuation(text) && !CharClass.EndsSentence(text) && LineRules.Balanced(text)
            && !DatelineRules.StartsBody(text) && !LineRules.IsCredit(line.Text) && !LineRules.IsAttribution(text)
            && profile.Width(line) <= Math.Max(40, profile.ColumnWidth * 2.5);
    }
}
