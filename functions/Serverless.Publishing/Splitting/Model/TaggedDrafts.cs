using Serverless.Publishing.Splitting.Assembly;
using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Layout;

namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// Turns a decoded tag sequence into article drafts for the assembler: each article's lines become units (cut at
/// blank lines, furniture and the rules' own unit boundaries) that keep the rules' finer roles (credit, note,
/// caption, byline line), so paragraphs, datelines and authors come out as the rule splitter builds them.
/// </summary>
public static class TaggedDrafts
{
    private enum Part
    {
        Head,
        Body,
        Extra,
    }

    public static List<ArticleDraft> From(PageContext page, IReadOnlyList<LineTag> tags)
    {
        var articleOf = ArticleSegments.Assign(tags);
        var articles = articleOf.Length == 0 ? 0 : articleOf.Max() + 1;
        var members = new List<int>[articles];
        for (var a = 0; a < articles; a++)
        {
            members[a] = [];
        }

        for (var k = 0; k < articleOf.Length; k++)
        {
            if (articleOf[k] >= 0)
            {
                members[articleOf[k]].Add(k);
            }
        }

        return members.Select(positions => Draft(page, tags, positions)).ToList();
    }

    private static ArticleDraft Draft(PageContext page, IReadOnlyList<LineTag> tags, List<int> positions)
    {
        var units = new List<(Part Part, TextUnit Unit, TextUnit? Rule)>();
        for (var i = 0; i < positions.Count; i++)
        {
            var k = positions[i];
            var part = PartOf(tags[k]);
            var line = page.Line(k);
            var rule = page.UnitOf[line.Number];
            var follows = i > 0 && positions[i - 1] == k - 1 && !page.BlankBefore(k);
            if (follows && units[^1].Part == part && units[^1].Rule == rule && tags[k] != LineTag.BodyStart)
            {
                units[^1].Unit.Lines.Add(line);
                continue;
            }

            var gap = line.Number > 0 && (page.BlankBefore(k) || !follows || page.Rules.Furniture[line.Number - 1]);
            units.Add((part, new TextUnit([line], gap, page.Profile), rule));
        }

        var bodies = units.Where(u => u.Part == Part.Body).ToList();
        var kind = bodies.Count > 0 && bodies.All(u => u.Rule?.Kind == UnitKind.Advert) ? CoreKind.Advert
            : bodies.Any(u => u.Rule?.Kind == UnitKind.Caption) ? CoreKind.Photo
            : CoreKind.News;
        var draft = new ArticleDraft(kind);
        var headline = new HeadlineGroup();
        foreach (var (part, unit, rule) in units)
        {
            var whole = rule is not null && rule.Lines.Count == unit.Lines.Count;
            unit.Kind = part switch
            {
                Part.Head => UnitKind.Headline,
                Part.Extra => rule?.Kind is UnitKind.Attribution or UnitKind.Note or UnitKind.Credit ? rule.Kind : UnitKind.Note,
                _ => rule?.Kind is UnitKind.Caption or UnitKind.Advert ? rule.Kind : UnitKind.Body,
            };
            if (part == Part.Head)
            {
                headline.Units.Add(unit);
                continue;
            }

            if (part == Part.Body && rule is not null)
            {
                unit.IsBylineOnly = whole && rule.IsBylineOnly;
                unit.IsSubhead = rule.IsSubhead;
                unit.StartsArticle = rule.StartsArticle && unit.Lines[0].Number == rule.Lines[0].Number;
                if (rule.Kind == UnitKind.Headline && draft.Units.Count > 0)
                {
                    // A headline-like line the model kept in the story: a subhead, a paragraph of its own.
                    draft.Subheads.Add(unit);
                }
            }

            draft.Units.Add(unit);
        }

        if (headline.Units.Count > 0)
        {
            draft.Headlines.Add(headline);
        }

        return draft;
    }

    private static Part PartOf(LineTag tag) => tag switch
    {
        LineTag.HeadNext or LineTag.HeadPrev => Part.Head,
        LineTag.Extra => Part.Extra,
        _ => Part.Body,
    };
}
