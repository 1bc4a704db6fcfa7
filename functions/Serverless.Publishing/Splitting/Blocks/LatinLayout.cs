using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Blocks;

/// <summary>
/// Roles on English pages that only the units around a unit reveal: sentence-case headlines and their kickers,
/// photo captions closed by a credit, the signature and writer's note after an opinion piece, pull quotes.
/// </summary>
public static class LatinLayout
{
    /// <summary>A headline with its deck is a few lines; more is a paragraph.</summary>
    private const int MaxHeadlineLines = 6;

    /// <summary>A caption is a paragraph or two; a longer block before a credit is a story.</summary>
    private const int MaxCaptionLines = 14;

    public static void Mark(List<TextUnit> units, PageProfile profile)
    {
        MarkHeadlines(units, profile);
        MarkKickedHeadlines(units, profile);
        MarkCaptions(units, profile);
        MarkWriterNotes(units, profile);
        DropPullQuotes(units, profile);
    }

    /// <summary>
    /// Sentence-case headlines ("Council weighs $212M budget" / "with fewer new police hires") look like prose. They stand
    /// apart from the story before, end no statement, and a byline or dateline follows them, or full-width prose that
    /// the reader cut off under them, or a blank line and a paragraph.
    /// </summary>
    private static void MarkHeadlines(List<TextUnit> units, PageProfile profile)
    {
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var unit = units[i];
            var next = units[i + 1];
            if (unit.Kind != UnitKind.Body || unit.StartsArticle || unit.Lines.Count > MaxHeadlineLines || !StandsApart(units, i, profile))
            {
                continue;
            }

            var lines = unit.Lines.Select(profile.Clean).ToList();
            if (lines[0].Length == 0 || char.IsLower(lines[0][0]) || lines.Any(l => l.EndsWith(',')) || !EndsNoStatement(lines, next, profile))
            {
                continue;
            }

            var overBody = TitleOverBody(unit, lines, next, profile);
            // Alone between blank lines, it must also follow a finished story: a column break leaves fragments there too.
            var afterStory = i == 0 || units[i - 1].Kind != UnitKind.Body || LineRules.EndsLatinSentence(profile.Clean(units[i - 1].Lines[^1]));
            if (next.StartsArticle || overBody || (afterStory && AloneOverParagraph(lines, next, profile)))
            {
                unit.Kind = UnitKind.Headline;
            }

            // A deck the reader cut off after a short title line ("Orpheum marquee shines again" / "Restored 1928 sign…").
            if (overBody && i + 2 < units.Count && units[i + 2].StartsArticle && next.Lines.Count <= 3
                && !next.Lines.SkipLast(1).Any(l => LineRules.EndsLatinSentence(profile.Clean(l))))
            {
                next.Kind = UnitKind.Headline;
            }
        }
    }

    /// <summary>
    /// After a blank line, at the top, or (pages without blank lines) after a finished sentence, a signature or a unit
    /// that is no body (a photo credit).
    /// </summary>
    private static bool StandsApart(List<TextUnit> units, int index, PageProfile profile)
    {
        if (units[index].GapBefore || index == 0 || units[index - 1].Kind != UnitKind.Body)
        {
            return true;
        }

        var before = profile.Clean(units[index - 1].Lines[^1]);
        return LineRules.EndsLatinSentence(before) || LineRules.IsSignature(before);
    }

    /// <summary>
    /// A headline may ask or exclaim ("Is the city ready for snow?") right before its byline, but states nothing; only its
    /// deck may be a sentence ("Council weighs budget" / "The mayor's plan moves $4 million to crisis teams.").
    /// </summary>
    private static bool EndsNoStatement(List<string> lines, TextUnit next, PageProfile profile)
    {
        var titleWithDeck = next.StartsArticle && lines.Count is >= 2 and <= 4 && LineRules.IsShortTitle(lines[0], profile.ColumnWidth)
            && !lines.Skip(1).SkipLast(1).Any(LineRules.EndsLatinSentence) && char.IsUpper(lines[1][0]);
        return titleWithDeck
            || (!lines.SkipLast(1).Any(LineRules.EndsLatinSentence) && (!LineRules.EndsLatinSentence(lines[^1]) || next.StartsArticle)
                && !lines[^1].TrimEnd('"', '”', '\'', '’').EndsWith('.'));
    }

    /// <summary>One to three short lines the reader cut off the full-width prose under them.</summary>
    private static bool TitleOverBody(TextUnit unit, List<string> lines, TextUnit next, PageProfile profile) =>
        lines.Count <= 3 && next is { Kind: UnitKind.Body, GapBefore: false } && LineRules.IsShortTitle(lines[^1], profile.ColumnWidth, opening: lines.Count == 1)
        && unit.Lines.All(l => profile.Width(l) < profile.ColumnWidth * 0.8) && !lines.Any(LineRules.EndsLatinSentence)
        && profile.Width(next.Lines[0]) >= profile.ColumnWidth * 0.8;

    /// <summary>
    /// A short line or two alone between blank lines, over a paragraph that opens a sentence: a headline (or a subhead,
    /// which the attacher tells apart by the words it shares with the story).
    /// </summary>
    private static bool AloneOverParagraph(List<string> lines, TextUnit next, PageProfile profile) =>
        lines.Count <= 2 && next is { Kind: UnitKind.Body, GapBefore: true } && LineRules.IsShortTitle(lines[^1], profile.ColumnWidth)
        && lines.All(l => l.Length < profile.ColumnWidth * 0.8) && next.Compact.Length > 0 && !char.IsLower(next.Compact[0]);

    /// <summary>
    /// A kicker in capitals ("OUR VIEW") over one or two short lines and a blank line: kicker and title, even when the
    /// title is a sentence ("A crisis team is worth trying.").
    /// </summary>
    private static void MarkKickedHeadlines(List<TextUnit> units, PageProfile profile)
    {
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind is not (UnitKind.Headline or UnitKind.Body) || unit.StartsArticle || !LineRules.IsLatinKicker(profile.Clean(unit.Lines[0])))
            {
                continue;
            }

            // The title lines sit in the same unit or in the unit right under the kicker.
            var titleUnit = unit.Lines.Count > 1 ? unit : i + 1 < units.Count && !units[i + 1].GapBefore ? units[i + 1] : null;
            var title = unit.Lines.Count > 1 ? unit.Lines.Skip(1).ToList() : titleUnit?.Lines ?? [];
            var after = titleUnit == unit ? i + 1 : i + 2;
            if (titleUnit is null || titleUnit.StartsArticle || titleUnit.Kind is not (UnitKind.Body or UnitKind.Headline) || title.Count is 0 or > 2
                || title.Any(l => profile.Width(l) >= profile.ColumnWidth * 0.8) || (after < units.Count && !units[after].GapBefore && !units[after].StartsArticle && profile.Width(units[after].Lines[0]) < profile.ColumnWidth * 0.8))
            {
                continue;
            }

            unit.Kind = UnitKind.Headline;
            titleUnit.Kind = UnitKind.Headline;
        }
    }

    /// <summary>
    /// A photo credit right under a block closes that block's caption ("Volunteers plant switchgrass…" / "(Photo by …)"):
    /// the block, however the reader cut it, is one caption, unless a story starts in it.
    /// </summary>
    private static void MarkCaptions(List<TextUnit> units, PageProfile profile)
    {
        // The credit may close the caption's last line instead: "…through Wednesday night. (AP Photo/Jane Roe)".
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit is { Kind: UnitKind.Body, StartsArticle: false, GapBefore: true } && unit.Lines.Count <= MaxCaptionLines
                && (i + 1 == units.Count || units[i + 1].GapBefore) && LineRules.EndsWithLatinPhotoCredit(profile.Clean(unit.Lines[^1])))
            {
                unit.Kind = UnitKind.Caption;
            }
        }

        for (var i = 1; i < units.Count; i++)
        {
            if (units[i].Kind != UnitKind.Credit || units[i].GapBefore)
            {
                continue;
            }

            var start = i - 1;
            while (start > 0 && !units[start].GapBefore)
            {
                start--;
            }

            var block = units.GetRange(start, i - start);
            if (block.Any(u => u.StartsArticle || u.Kind is not (UnitKind.Body or UnitKind.Headline)) || block.Sum(u => u.Lines.Count) > MaxCaptionLines)
            {
                continue;
            }

            var caption = new TextUnit(block.SelectMany(u => u.Lines).ToList(), block[0].GapBefore, profile) { Kind = UnitKind.Caption };
            units.RemoveRange(start, block.Count);
            units.Insert(start, caption);
            i = start + 1;
        }
    }

    /// <summary>
    /// The signature of a letter ("— Harold Brandt, Riverside") and a note about the writer after the last paragraph
    /// ("Elaine Marsh is a professor…", "The writer is…") are attributions: they end the piece and name its writer.
    /// </summary>
    private static void MarkWriterNotes(List<TextUnit> units, PageProfile profile)
    {
        JoinWrappedTaglines(units, profile);
        for (var i = 1; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind != UnitKind.Body || unit.StartsArticle)
            {
                continue;
            }

            var first = profile.Clean(unit.Lines[0]);
            var next = i + 1 < units.Count ? units[i + 1] : null;

            // The piece ends here: the page ends, a blank line or a story follows, or the next piece's headline.
            var endsPiece = next is null || next.GapBefore || next.StartsArticle || next.Kind is UnitKind.Headline or UnitKind.Attribution;
            if (unit.Lines.Count == 1 && LineRules.IsSignature(first) && (endsPiece || LineRules.IsBioStart(profile.Clean(next!.Lines[0]))))
            {
                unit.Kind = UnitKind.Attribution;
                continue;
            }

            // A news story's last paragraph may start "Police Chief Ray Szabo has…": writer's notes close opinion pieces,
            // which carry no dateline.
            // A tagline (how to reach the writer, who contributed) closes any story.
            // The tagline may wrap ("Associated Press writer Jane Roe in Mobile," / "Alabama, contributed to this report.").
            var contact = LineRules.IsTagline(first) || (unit.Lines.Count is 2 or 3 && LineRules.IsTagline(string.Join(' ', unit.Lines.Select(profile.Clean))));
            if (!contact && InDatelinedStory(units, i, profile))
            {
                continue;
            }

            endsPiece = next is null || next.StartsArticle || (next.GapBefore && next.Kind != UnitKind.Body) || next.Kind is UnitKind.Headline or UnitKind.Attribution;
            if (endsPiece && unit.Lines.Count <= 4 && (contact || LineRules.IsBioStart(first)) && LineRules.EndsLatinSentence(profile.Clean(unit.Lines[^1]))
                && units[i - 1].Kind is UnitKind.Body or UnitKind.Attribution)
            {
                unit.Kind = UnitKind.Attribution;
            }
        }
    }

    /// <summary>
    /// A tagline wrapped over two lines ("Associated Press writer Jane Roe in Mobile," / "Alabama, contributed to this
    /// report.") may have been cut at its short second line: the two pieces are one tagline again.
    /// </summary>
    private static void JoinWrappedTaglines(List<TextUnit> units, PageProfile profile)
    {
        for (var i = 1; i + 1 < units.Count; i++)
        {
            var (unit, next) = (units[i], units[i + 1]);
            if (unit.Kind is not (UnitKind.Body or UnitKind.Headline) || unit.StartsArticle || next.Kind is not (UnitKind.Body or UnitKind.Headline)
                || next.StartsArticle || next.GapBefore || unit.Lines.Count + next.Lines.Count > 3
                || LineRules.IsTagline(string.Join(' ', unit.Lines.Select(profile.Clean))) || !LineRules.EndsLatinSentence(profile.Clean(next.Lines[^1]))
                || !LineRules.IsTagline(string.Join(' ', unit.Lines.Concat(next.Lines).Select(profile.Clean))))
            {
                continue;
            }

            units[i] = new TextUnit([.. unit.Lines, .. next.Lines], unit.GapBefore, profile);
            units.RemoveAt(i + 1);
        }
    }

    private static bool InDatelinedStory(List<TextUnit> units, int index, PageProfile profile)
    {
        for (var j = index - 1; j >= 0 && units[j].Kind != UnitKind.Headline; j--)
        {
            if (units[j].StartsArticle && units[j].Lines.Take(3).Any(l => DatelineRules.Parse(profile.Clean(l)) is not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A quoted sentence standing alone between blank lines inside a sentence that runs on around it is a pull quote:
    /// a repeat of the story's words set large, not text of its own.
    /// </summary>
    private static void DropPullQuotes(List<TextUnit> units, PageProfile profile)
    {
        for (var i = units.Count - 2; i >= 1; i--)
        {
            var unit = units[i];
            var text = unit.Compact;
            var before = units[i - 1];

            // The quote may carry its speaker under it ("— Jane Roe").
            var signed = units[i + 1] is { GapBefore: false, Lines.Count: 1 } speaker && LineRules.IsSignature(profile.Clean(speaker.Lines[0]));
            var end = signed ? i + 2 : i + 1;
            if (end >= units.Count)
            {
                continue;
            }

            var after = units[end];
            if (unit.Kind == UnitKind.Body && unit.GapBefore && after.GapBefore && unit.Lines.Count <= 3 && text.Length > 2
                && text[0] is '"' or '“' or '‘' or '\'' && text[^1] is '"' or '”' or '’' or '\'' && LineRules.EndsLatinSentence(text)
                && before.Kind == UnitKind.Body && !LineRules.EndsLatinSentence(profile.Clean(before.Lines[^1]))
                && after.Kind == UnitKind.Body && after.Compact.Length > 0 && char.IsLower(after.Compact[0]))
            {
                units.RemoveRange(i, end - i);
            }
        }
    }
}
