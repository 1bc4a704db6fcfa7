using Serverless.Publishing.Articles;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Layout;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Assembly;

/// <summary>Builds the article record: cleaned paragraphs, headline parts, dateline, authors, notes and kind.</summary>
public static class ArticleAssembler
{
    /// <param name="fullWidthPunctuation">Rewrite half-width , ; : ? ! between CJK characters (<see cref="PunctuationWidth"/>).</param>
    public static SplitArticle Build(ArticleDraft draft, PageProfile profile, bool fullWidthPunctuation)
    {
        var script = profile.Script;

        // A Chinese byline on a line of its own ("□本报记者 陆一鸣 文/图") is printed apart from the text, like an
        // attribution; one inside the first paragraph ("本报讯（记者付凯明）…") stays there.
        bool StandaloneByline(TextUnit unit) => script == PageScript.Cjk && unit.IsBylineOnly;
        var bodyUnits = draft.Units.Where(u => (u.Kind is UnitKind.Body or UnitKind.Caption or UnitKind.Advert || draft.Subheads.Contains(u)) && !StandaloneByline(u)).ToList();
        var paragraphs = Paragraphs(bodyUnits, draft.Subheads, profile, fullWidthPunctuation);
        var notes = draft.Units.Where(u => (u.Kind is UnitKind.Attribution or UnitKind.Note or UnitKind.Credit && !draft.Subheads.Contains(u)) || StandaloneByline(u))
            .Select(u => Printed(u, script)).ToList();

        var first = bodyUnits.FirstOrDefault(u => !draft.Subheads.Contains(u));
        var (dateline, bylineNames) = DatelineAndByline(paragraphs, first, script);
        var authors = new List<string>();
        foreach (var unit in draft.Units)
        {
            if (unit.Kind == UnitKind.Attribution && NameRules.FromAttribution(unit.Compact) is { } writer)
            {
                Add(authors, writer);
            }
        }

        foreach (var byline in draft.Units.Where(StandaloneByline))
        {
            DatelineRules.CjkBylineLineNames(byline.Lines[0].Text).ToList().ForEach(name => Add(authors, name));
        }

        bylineNames.ForEach(name => Add(authors, name));

        // A short item may name its reporter at the end instead: "…800余份。（记者 吴敏）".
        if (script == PageScript.Cjk && paragraphs.Count > 0 && LineRules.EndsWithBracketSource(paragraphs[^1]))
        {
            var last = bodyUnits.LastOrDefault(u => u.Kind is UnitKind.Body or UnitKind.Caption)?.Raw ?? paragraphs[^1];
            var source = last[(last.LastIndexOfAny(['（', '(']) + 1)..].TrimEnd().TrimEnd('）', ')');
            var names = source.EndsWith('摄') ? NameRules.FromCredit(source) : NameRules.FromByline(source);
            names.ToList().ForEach(name => Add(authors, name));
        }
        foreach (var unit in draft.Units)
        {
            var names = unit.Kind switch
            {
                UnitKind.Note => NameRules.FromNote(unit.Printed),
                UnitKind.Credit => NameRules.FromCredit(unit.Printed),
                UnitKind.Caption when script == PageScript.Latin && LineRules.EndsWithLatinPhotoCredit(unit.Lines[^1].Text.Trim())
                    => NameRules.FromCredit(unit.Lines[^1].Text.Trim()),
                _ => [],
            };
            foreach (var name in names)
            {
                Add(authors, name);
            }
        }

        var kind = draft.Kind switch
        {
            CoreKind.Photo => ArticleKind.Photo,
            CoreKind.Advert => ArticleKind.Other,
            _ when dateline is null && draft.Units.Any(u => u.Kind == UnitKind.Attribution) => ArticleKind.Column,
            _ => ArticleKind.News,
        };

        var headline = draft.Headlines.Count == 0
            ? null
            : HeadlineComposer.Compose(draft.Headlines.SelectMany(h => h.Units).ToList(), string.Concat(paragraphs), script);
        var printed = headline is { Title.Length: > 0 };
        return new SplitArticle
        {
            Kind = kind,
            Kicker = printed ? headline!.Kicker : null,
            Title = printed ? headline!.Title : GeneratedTitle.From(paragraphs.Count > 0 ? paragraphs : notes, script),
            TitleSource = printed ? TitleSource.Printed : TitleSource.Generated,
            Subtitle = printed ? headline!.Subtitle : null,
            Dateline = dateline,
            Authors = authors,
            Paragraphs = paragraphs,
            Notes = notes,
        };
    }

    private static List<string> Paragraphs(List<TextUnit> units, HashSet<TextUnit> subheads, PageProfile profile, bool fullWidthPunctuation)
    {
        var lines = new List<BodyLine>();
        var breakNext = false;
        foreach (var unit in units)
        {
            // A short subhead ("核心阅读") is a paragraph of its own; a long one is a body line that looked like a headline.
            var isSubhead = unit.IsSubhead || (subheads.Contains(unit) && profile.Width(unit.Lines[^1]) < profile.ColumnWidth * 0.75);
            for (var i = 0; i < unit.Lines.Count; i++)
            {
                var line = unit.Lines[i];
                var text = profile.Script == PageScript.Cjk ? profile.Clean(line) : Despacer.Latin(line.Text);
                // Advert lines are items (name, offer, address), not wrapped prose.
                var force = (i == 0 && (isSubhead || breakNext || unit.Kind == UnitKind.Caption)) || unit.Kind == UnitKind.Advert
                    || (profile.Script == PageScript.Latin && i > 0 && DatelineRules.IsLatinByline(Despacer.LatinSignal(unit.Lines[i - 1].Text))
                        && DatelineRules.StartsBody(Despacer.LatinSignal(text)));
                lines.Add(new BodyLine(text, line.Indent, i == 0 && unit.GapBefore, force));
                breakNext = false;
            }

            breakNext = isSubhead || unit.IsBylineOnly;
        }

        var paragraphs = ParagraphBuilder.Build(lines, profile.Script);
        if (fullWidthPunctuation && profile.Script == PageScript.Cjk)
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                paragraphs[i] = PunctuationWidth.Normalize(paragraphs[i]);
            }
        }

        return paragraphs;
    }

    private static (string? Dateline, List<string> Names) DatelineAndByline(List<string> paragraphs, TextUnit? first, PageScript script)
    {
        var names = new List<string>();
        if (paragraphs.Count == 0 || first is null)
        {
            return (null, names);
        }

        if (script == PageScript.Cjk)
        {
            var firstLine = first.Lines[0].Text;
            if (DatelineRules.IsCjkBylineLine(firstLine))
            {
                names.AddRange(DatelineRules.CjkBylineLineNames(firstLine));
            }

            var opening = DatelineRules.IsCjkBylineLine(firstLine) && paragraphs.Count > 1 ? paragraphs[1] : paragraphs[0];
            var dateline = DatelineRules.Parse(opening);
            if (dateline is not null && names.Count == 0)
            {
                names.AddRange(DatelineRules.BylineNames(BylineText(first), dateline));
            }

            return (dateline?.Text, names);
        }

        var byline = Despacer.LatinSignal(first.Lines[0].Text);
        if (DatelineRules.IsLatinByline(byline))
        {
            // "By ANGELA MORRIS and" / "DEREK PHAN | Staff Writers"
            var next = first.Lines.Count > 1 ? Despacer.LatinSignal(first.Lines[1].Text) : null;
            names.AddRange(DatelineRules.LatinBylineNames(DatelineRules.LatinBylineWithWrap(byline, next)));
        }

        // The dateline opens the first paragraph after the byline and its title line ("Staff Writer").
        var latin = paragraphs.Take(3).Select(p => DatelineRules.Parse(Despacer.LatinSignal(p))).FirstOrDefault(d => d is not null);
        return (latin?.Text, names);
    }

    /// <summary>
    /// The first lines joined for byline parsing. A line break between two whole names separates them
    /// ("记者陈思远" / "许嘉宁）"); a name wrapped mid-way ("通讯员林" / "晓）") is joined.
    /// </summary>
    private static string BylineText(TextUnit unit)
    {
        var text = string.Empty;
        foreach (var line in unit.Lines.Take(4))
        {
            var tail = text.Length - 1;
            while (tail >= 0 && CharClass.IsCjk(text[tail]))
            {
                tail--;
            }

            var head = 0;
            while (head < line.Text.Length && CharClass.IsCjk(line.Text[head]))
            {
                head++;
            }

            text += text.Length - 1 - tail >= 2 && head >= 2 && head < line.Text.Length && line.Text[head] is '）' or ')' or ' ' ? " " + line.Text : line.Text;
        }

        return text;
    }

    private static string Printed(TextUnit unit, PageScript script)
    {
        var text = string.Empty;
        foreach (var line in unit.Lines)
        {
            text = LineJoiner.Join(text, string.Join(' ', line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), script);
        }

        return text;
    }

    private static void Add(List<string> authors, string name)
    {
        // "Frank DeLuca" under the piece and "By FRANK DELUCA" over it are one writer.
        if (!authors.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            authors.Add(name);
        }
    }
}
