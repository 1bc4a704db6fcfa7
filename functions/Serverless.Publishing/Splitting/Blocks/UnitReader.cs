using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Blocks;

/// <summary>
/// Cuts the page's lines into units: at blank lines and furniture, and inside a block of lines where a line-level
/// signal says a new role starts (a dateline, a byline, a credit, an attribution, an English headline between
/// paragraphs of OCR text without blank lines).
/// </summary>
public static class UnitReader
{
    private enum Run
    {
        Body,
        Head,
        Advert,
    }

    public static List<TextUnit> Read(IReadOnlyList<PageLine> lines, bool[] furniture, PageProfile profile)
    {
        var units = new List<TextUnit>();
        var headsBeforeOpenings = profile.Script == PageScript.Cjk ? HeadsBeforeOpenings(lines, furniture, profile) : new bool[lines.Count];
        List<PageLine>? current = null;
        var run = Run.Body;
        var gap = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || furniture[i])
            {
                Flush();
                gap = true;
                continue;
            }

            if (current is not null && headsBeforeOpenings[i])
            {
                Flush();
            }

            if (current is not null)
            {
                var next = i + 1 < lines.Count && !furniture[i + 1] ? lines[i + 1] : default;
                var split = profile.Script == PageScript.Cjk
                    ? SplitsCjk(current, line, ref run, profile)
                    : SplitsLatin(current, line, next, ref run, profile);
                if (!split)
                {
                    current.Add(line);
                    continue;
                }

                Flush();
            }

            current = [line];
            run = profile.Script == PageScript.Latin
                ? LineRules.IsLatinHeadlineLike(profile.Clean(line)) ? Run.Head : Run.Body
                : !profile.BlankLines && IsCjkHeadLine(line, profile) ? Run.Head : Run.Body;
            units.Add(new TextUnit(current, gap, profile));
            gap = false;
        }

        return units;

        void Flush() => current = null;
    }

    private static bool SplitsCjk(List<PageLine> current, PageLine line, ref Run run, PageProfile profile)
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
        if (IsBylineLine(line, profile) || IsBylineLine(current[^1], profile))
        {
            return true;
        }

        if (!profile.BlankLines)
        {
            // Without blank lines a headline is a run of short unpunctuated lines after a sentence end. Each line is
            // its own unit, so that the lines of two stories' headlines standing together can be told apart.
            var head = IsCjkHeadLine(line, profile);
            if (run == Run.Head)
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
    /// (a byline line, or a dateline such as 本报讯): up to four short lines (or a "——" subtitle) that end no sentence,
    /// after a line that does or a blank line. Marks where the headline starts and where the opening starts.
    /// </summary>
    private static bool[] HeadsBeforeOpenings(IReadOnlyList<PageLine> lines, bool[] furniture, PageProfile profile)
    {
        var starts = new bool[lines.Count];
        for (var opening = 1; opening < lines.Count; opening++)
        {
            if (furniture[opening] || lines[opening].IsBlank || !(IsBylineLine(lines[opening], profile) || DatelineRules.StartsBody(profile.Clean(lines[opening]))))
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
            && (text.StartsWith("——", StringComparison.Ordinal) || profile.Width(line) < profile.ColumnWidth * 0.9);
    }

    // A full-width line that reads like one is more likely a wrapped sentence ("记者昨日走访了解到").
    private static bool IsBylineLine(PageLine line, PageProfile profile) =>
        DatelineRules.IsCjkBylineLine(line.Text)
        && (line.Text.Trim().Contains(' ') || DatelineRules.BylineMarkers.Contains(line.Text[0]) || profile.Width(line) < profile.ColumnWidth * 0.9);

    private static bool IsCjkHeadLine(PageLine line, PageProfile profile)
    {
        var text = profile.Clean(line);
        return text.Length > 0 && !LineRules.HasSentencePunctuation(text) && !CharClass.EndsSentence(text) && LineRules.Balanced(text)
            && !DatelineRules.StartsBody(text) && !LineRules.IsCredit(line.Text) && !LineRules.IsAttribution(text)
            && profile.Width(line) <= Math.Max(40, profile.ColumnWidth * 2.5);
    }

    private static bool SplitsLatin(List<PageLine> current, PageLine line, PageLine next, ref Run run, PageProfile profile)
    {
        var previous = profile.Clean(current[^1]);
        var text = profile.Clean(line);
        var nextText = next.Text is null ? string.Empty : profile.Clean(next);
        if (LineRules.IsCredit(previous) || LineRules.IsCredit(text) || DatelineRules.IsLatinByline(text))
        {
            return true;
        }

        if (DatelineRules.IsLatinByline(previous))
        {
            run = Run.Body;
            return false;
        }

        var headline = LineRules.IsLatinHeadlineLike(text);
        var hyphenContinuation = previous.EndsWith('-') && text.Length > 0 && char.IsLower(text[0]);
        switch (run)
        {
            case Run.Head:
                if (hyphenContinuation || (headline && !DatelineRules.StartsBody(text)))
                {
                    return false;
                }

                if (LineRules.IsLatinCaps(current[0].Text) && IsAdvertish(text, profile))
                {
                    run = Run.Advert;
                    return false;
                }

                return true;
            case Run.Advert:
                return !IsAdvertish(text, profile) || DatelineRules.IsLatinByline(nextText);
            default:
                if (DatelineRules.StartsBody(text) && LineRules.EndsLatinSentence(previous))
                {
                    return true;
                }

                return headline && !hyphenContinuation
                    && (LineRules.EndsLatinSentence(previous) || DatelineRules.IsLatinByline(nextText)
                        || (LineRules.IsLatinCaps(text) && !LineRules.IsLatinCaps(previous)));
        }
    }

    private static bool IsAdvertish(string text, PageProfile profile) =>
        LineRules.IsAdvertLine(text)
        || (text.Length < profile.ColumnWidth * 0.7 && !LineRules.EndsLatinSentence(text) && text.Length > 0 && !char.IsLower(text[0]));
}
