using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Blocks;

/// <summary>Gives each unit its role from its own text, then corrects headlines that are really column breaks.</summary>
public static class UnitClassifier
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
        else if (LineRules.IsBracketNote(text) && text.Length <= 80)
        {
            unit.Kind = UnitKind.Note;
        }
        else if (unit.Lines.Count == 1 && LineRules.IsAttribution(text))
        {
            unit.Kind = UnitKind.Attribution;
        }
        else if (LineRules.IsCaptionStart(text))
        {
            unit.Kind = UnitKind.Caption;
        }
        else if (DatelineRules.StartsBody(text))
        {
            unit.StartsArticle = true;
            unit.IsBylineOnly = unit.Lines.Count == 1 && DatelineRules.IsCjkBylineLine(unit.Lines[0].Text);
        }
        else if (IsCjkHeadline(unit, profile))
        {
            unit.Kind = UnitKind.Headline;
        }
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

        // A full-width line with clause punctuation is a wrapped sentence cut by a column break.
        if (text.AsSpan().IndexOfAny('，', '、') >= 0 && profile.Width(unit.Lines[^1]) >= profile.ColumnWidth * 0.85)
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
            && lines.Skip(1).Any(LineRules.IsAdvertLine))
        {
            unit.Kind = UnitKind.Advert;
            return;
        }

        if (lines.Count <= 4 && LineRules.IsLatinHeadlineLike(lines[0]) && lines.Skip(1).Select((l, i) => (l, i)).All(x =>
                LineRules.IsLatinHeadlineLike(x.l) || (lines[x.i].EndsWith('-') && x.l.Length > 0 && char.IsLower(x.l[0]))))
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

    /// <summary>The body before stops mid-sentence on a full line: what follows is its continuation after a column break.</summary>
    private static bool InterruptsSentence(TextUnit body, PageProfile profile)
    {
        var last = profile.Clean(body.Lines[^1]);
        if (CharClass.EndsSentence(last))
        {
            return false;
        }

        var lines = body.Lines.Select(l => new BodyLine(profile.Clean(l), l.Indent, false)).ToList();
        var width = lines.Count >= 3 ? ParagraphBuilder.ColumnWidth(lines, profile.Script) : profile.ColumnWidth;
        return profile.Width(body.Lines[^1]) >= width * 0.8 && (profile.Script == PageScript.Cjk || !LineRules.IsLatinHeadlineLike(last));
    }
}
