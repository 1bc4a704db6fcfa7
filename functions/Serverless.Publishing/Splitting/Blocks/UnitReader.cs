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
    public static List<TextUnit> Read(IReadOnlyList<PageLine> lines, bool[] furniture, PageProfile profile)
    {
        var units = new List<TextUnit>();
        var headsBeforeOpenings = profile.Script == PageScript.Cjk ? CjkUnitCuts.HeadsBeforeOpenings(lines, furniture, profile) : new bool[lines.Count];
        List<PageLine>? current = null;
        var run = UnitRun.Body;
        var gap = true;
        var continued = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || furniture[i])
            {
                // "Continued from A1": the story carried over from another page starts under the jump line.
                continued |= furniture[i] && profile.Script == PageScript.Latin && FurnitureRules.IsJumpFrom(line.Text);
                Flush();
                gap = true;
                continue;
            }

            if (current is not null && headsBeforeOpenings[i])
            {
                Flush();
            }

            var next = i + 1 < lines.Count && !furniture[i + 1] ? lines[i + 1] : default;
            if (current is not null)
            {
                var split = profile.Script == PageScript.Cjk
                    ? CjkUnitCuts.Splits(current, line, ref run, profile)
                    : SplitsLatin(current, line, next, OpensPiece(units, profile), AfterFinished(units, profile), ref run, profile);
                // "…the committee's ranking member, Sen." / "Dale" / "See RAIL, Page 7A": the words before a jump line
                // run on to another page, so they end the story above, however short.
                var jumpsOn = profile.Script == PageScript.Latin && i + 1 < lines.Count && furniture[i + 1] && FurnitureRules.IsJumpTo(lines[i + 1].Text)
                    && !DatelineRules.StartsBody(profile.Clean(line));
                if (!split || jumpsOn)
                {
                    current.Add(line);
                    continue;
                }

                if (profile.Script == PageScript.Latin && DatelineRules.StartsBody(profile.Clean(line)))
                {
                    SplitOffHeadline(units, current, profile);
                }

                Flush();
            }

            current = [line];
            run = profile.Script == PageScript.Latin
                ? run != UnitRun.Prose && LineRules.IsLatinHeadlineLike(profile.Clean(line)) && !LineRules.RunsOn(profile.Clean(line), NextText(next, profile)) ? UnitRun.Head : UnitRun.Body
                : !profile.BlankLines && CjkUnitCuts.IsCjkHeadLine(line, profile) ? UnitRun.Head : UnitRun.Body;
            if (profile.Script == PageScript.Latin && !profile.BlankLines && !gap && units.Count > 0 && units[^1].Lines.Count == 1
                && LineRules.IsLatinKicker(profile.Clean(units[^1].Lines[0])) && profile.Width(line) < profile.ColumnWidth * 0.8)
            {
                run = UnitRun.Title;
            }

            units.Add(new TextUnit(current, gap, profile) { StartsArticle = continued });
            gap = false;
            continued = false;
        }

        return units;

        void Flush() => current = null;
    }

    /// <summary>
    /// Without blank lines a sentence-case headline ends the block of the story before: the short lines after its last
    /// sentence, right before a byline or dateline ("…when storms hit." / "Bridge repairs to start in March" / "By …").
    /// </summary>
    private static void SplitOffHeadline(List<TextUnit> units, List<PageLine> current, PageProfile profile)
    {
        var tail = HeadlineTail(current, profile);
        if (tail > 0)
        {
            var head = current.GetRange(current.Count - tail, tail);
            current.RemoveRange(current.Count - tail, tail);
            units.Add(new TextUnit(head, false, profile));
        }
    }

    /// <summary>How many lines after the block's last sentence could be a headline: a few, opening with a capital, none of them wide.</summary>
    private static int HeadlineTail(List<PageLine> current, PageProfile profile)
    {
        var tail = 0;
        while (tail < current.Count && !LineRules.EndsLatinSentence(profile.Clean(current[^(tail + 1)])))
        {
            tail++;
        }

        if (tail is 0 or > 4 || tail == current.Count)
        {
            return 0;
        }

        var first = profile.Clean(current[^tail]);
        return first.Length == 0 || !char.IsUpper(first[0]) || DatelineRules.StartsBody(first)
            || current.TakeLast(tail).Any(l => profile.Clean(l).EndsWith(',') || profile.Width(l) > profile.ColumnWidth)
            ? 0
            : tail;
    }

    /// <summary>
    /// The last unit begins where a piece may begin: after a blank line or, on pages without blank lines, after a finished
    /// sentence or a letter's signature.
    /// </summary>
    private static bool OpensPiece(List<TextUnit> units, PageProfile profile)
    {
        if (units[^1].GapBefore)
        {
            return true;
        }

        if (profile.BlankLines || units.Count < 2)
        {
            return false;
        }

        var before = profile.Clean(units[^2].Lines[^1]);
        return LineRules.EndsLatinSentence(before) || LineRules.IsSignature(before);
    }

    /// <summary>The unit before the last one ends a story: a sentence, a signature or credit, or a short last line.</summary>
    private static bool AfterFinished(List<TextUnit> units, PageProfile profile)
    {
        if (units.Count < 2)
        {
            return true;
        }

        var line = units[^2].Lines[^1];
        var text = profile.Clean(line);
        return LineRules.EndsLatinSentence(text) || LineRules.IsSignature(text) || LineRules.IsCredit(text) || profile.Width(line) < profile.ColumnWidth * 0.8;
    }

    private static string NextText(PageLine next, PageProfile profile) => next.Text is null ? string.Empty : profile.Clean(next);

    private static bool SplitsLatin(List<PageLine> current, PageLine line, PageLine next, bool opensPiece, bool afterFinished, ref UnitRun run, PageProfile profile)
    {
        var previous = profile.Clean(current[^1]);
        var text = profile.Clean(line);
        var nextText = NextText(next, profile);
        if (LineRules.IsCredit(previous) || LineRules.IsCredit(text) || DatelineRules.IsLatinByline(text) || LineRules.IsSignature(previous))
        {
            return true;
        }

        // A letter's signature and a note about the writer follow the last sentence of the piece.
        if (LineRules.EndsLatinSentence(previous) && (LineRules.IsSignature(text) || (run == UnitRun.Body && (LineRules.IsBioStart(text) || LineRules.IsTagline(text)))))
        {
            return true;
        }

        // A dateline after a few lines that end no sentence: those lines are the story's headline ("Library waives
        // late fines" / "SPRINGFIELD — The…"), unless they are its byline.
        if (DatelineRules.StartsBody(text) && current.Count <= 6 && !DatelineRules.StartsBody(profile.Clean(current[0]))
            && !current.Any(l => LineRules.EndsLatinSentence(profile.Clean(l))))
        {
            return true;
        }

        // Without a blank line, the same headline ends the block of the story before it.
        if (DatelineRules.StartsBody(text) && !DatelineRules.IsLatinByline(previous) && HeadlineTail(current, profile) > 0)
        {
            return true;
        }

        if (opensPiece && IsTitleOverProse(current, text, afterFinished, run, profile))
        {
            run = UnitRun.Prose;
            return true;
        }

        if (DatelineRules.IsLatinByline(previous))
        {
            run = UnitRun.Body;
            return false;
        }

        var headline = LineRules.IsLatinHeadlineLike(text);
        var hyphenContinuation = previous.EndsWith('-') && text.Length > 0 && char.IsLower(text[0]);
        // Without blank lines, a short title line between a finished piece and full-width prose opens the next piece.
        if (!profile.BlankLines && run == UnitRun.Body && LineRules.IsShortTitle(text, profile.ColumnWidth) && !LineRules.IsLatinCaps(text)
            && (LineRules.EndsLatinSentence(previous) || LineRules.IsSignature(previous))
            && nextText.Length >= profile.ColumnWidth * 0.8 && char.IsUpper(nextText[0]))
        {
            return true;
        }

        switch (run)
        {
            case UnitRun.Title:
                if (current.Count >= 3)
                {
                    run = UnitRun.Body;
                    return false;
                }

                return DatelineRules.StartsBody(text) || text.Length >= profile.ColumnWidth * 0.8;
            case UnitRun.Head:
                if (hyphenContinuation || (headline && !DatelineRules.StartsBody(text)))
                {
                    return false;
                }

                // "COUNCIL ASKS" / "$240,000 FOR" / "SEWER PROJECT": a sum of money inside a headline in capitals.
                if (LineRules.IsLatinCaps(text) && LineRules.IsHeadlineSum(text) && current.All(l => LineRules.IsLatinCaps(profile.Clean(l))))
                {
                    return false;
                }

                if (LineRules.IsLatinCaps(current[0].Text) && IsAdvertish(text, profile))
                {
                    run = UnitRun.Advert;
                    return false;
                }

                return true;
            case UnitRun.Advert:
                return !IsAdvertish(text, profile) || DatelineRules.IsLatinByline(nextText);
            default:
                if (DatelineRules.StartsBody(text) && LineRules.EndsLatinSentence(previous))
                {
                    return true;
                }

                // Inside a block, a title-case line is a headline only when it stands apart from the prose after it:
                // a blank line, more headline, a byline or dateline follows (or it is an advert's name in capitals).
                var standsApart = nextText.Length == 0 || LineRules.IsLatinHeadlineLike(nextText) || DatelineRules.StartsBody(nextText)
                    || LineRules.IsLatinCaps(text)
                    || (LineRules.IsShortTitle(text, profile.ColumnWidth) && nextText.Length >= profile.ColumnWidth * 0.8 && char.IsUpper(nextText[0]));
                return headline && !hyphenContinuation && standsApart && !LineRules.RunsOn(text, nextText)
                    && (LineRules.EndsLatinSentence(previous) || DatelineRules.IsLatinByline(nextText)
                        || (LineRules.IsLatinCaps(text) && !LineRules.IsLatinCaps(previous)));
        }
    }

    /// <summary>
    /// The block's first lines are short and end no sentence, and a full line of prose comes: they are a headline over its
    /// body ("Walter Grimes, 88, ran" / "hardware store for 50 years" / "Walter Grimes, who ran Grimes Hardware"). More
    /// than one line only after a finished story, so that the short lines of ragged prose stay prose.
    /// </summary>
    private static bool IsTitleOverProse(List<PageLine> current, string text, bool afterFinished, UnitRun run, PageProfile profile)
    {
        var first = profile.Clean(current[0]);
        var last = profile.Clean(current[^1]);
        return (current.Count == 1 || (current.Count <= 3 && afterFinished))
            && first.Length > 0 && char.IsUpper(first[0]) && !LineRules.IsLatinCaps(last) && LineRules.IsShortTitle(last, profile.ColumnWidth, opening: current.Count == 1)
            && current.All(l => profile.Width(l) < profile.ColumnWidth * 0.8 && !LineRules.EndsLatinSentence(profile.Clean(l)))
            && text.Length >= profile.ColumnWidth * 0.8 && char.IsUpper(text[0])
            && !(run == UnitRun.Head && LineRules.IsLatinHeadlineLike(text));
    }

    private static bool IsAdvertish(string text, PageProfile profile) =>
        LineRules.IsAdvertLine(text)
        || (text.Length < profile.ColumnWidth * 0.7 && !LineRules.EndsLatinSentence(text) && text.Length > 0 && !char.IsLower(text[0]));
}
