using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Model.Features;

namespace Serverless.Publishing.Splitting.Model;

/// <summary>Where a line sits on the printed page, when the input knows it (PDF text with positions and font sizes).</summary>
public readonly record struct LineBox(double FontSize, double Left, double Top, double Right);

/// <summary>
/// One page as the model sees it: the non-blank lines in order (the positions the tagger decodes), the rules' reading
/// of each line, and an optional layout record per line for inputs that carry one.
/// </summary>
public sealed class PageContext
{
    private PageContext(RuleAnalysis rules, int[] positions, LineTag[] ruleTags, int[] ruleArticles, TextUnit?[] unitOf, int[] indexInUnit, IReadOnlyList<LineBox>? boxes)
    {
        Rules = rules;
        Positions = positions;
        RuleTags = ruleTags;
        RuleArticles = ruleArticles;
        UnitOf = unitOf;
        IndexInUnit = indexInUnit;
        Boxes = boxes;
    }

    private PageTerms? terms;

    public RuleAnalysis Rules { get; }

    public PageProfile Profile => Rules.Profile;

    public PageScript Script => Rules.Profile.Script;

    /// <summary>Line numbers of the non-blank lines: position k of the sequence is line Positions[k].</summary>
    public int[] Positions { get; }

    /// <summary>The rule splitter's verdict per position, in the model's tag set: a feature, not the answer.</summary>
    public LineTag[] RuleTags { get; }

    /// <summary>The rule splitter's article per position (-1 for none).</summary>
    public int[] RuleArticles { get; }

    /// <summary>The rule unit holding each line number (null for furniture and blank lines).</summary>
    public TextUnit?[] UnitOf { get; }

    /// <summary>The line's index inside its rule unit.</summary>
    public int[] IndexInUnit { get; }

    /// <summary>Optional positions and font sizes, one per line number; null for plain text.</summary>
    public IReadOnlyList<LineBox>? Boxes { get; }

    public int Count => Positions.Length;

    public PageLine Line(int position) => Rules.Lines[Positions[position]];

    public string Clean(int position) => Rules.Profile.Clean(Line(position));

    /// <summary>The page's terms, read on first use.</summary>
    public PageTerms Terms => terms ??= PageTerms.Of(this);

    public bool BlankBefore(int position) => Positions[position] > 0 && Rules.Lines[Positions[position] - 1].IsBlank;

    public bool BlankAfter(int position) => Positions[position] + 1 < Rules.Lines.Length && Rules.Lines[Positions[position] + 1].IsBlank;

    public static PageContext Of(RuleAnalysis rules, IReadOnlyList<LineBox>? boxes = null)
    {
        var lines = rules.Lines;
        var positions = lines.Where(l => !l.IsBlank).Select(l => l.Number).ToArray();
        var unitOf = new TextUnit?[lines.Length];
        var indexInUnit = new int[lines.Length];
        foreach (var unit in rules.Units)
        {
            for (var i = 0; i < unit.Lines.Count; i++)
            {
                unitOf[unit.Lines[i].Number] = unit;
                indexInUnit[unit.Lines[i].Number] = i;
            }
        }

        var byLine = new LineTag[lines.Length];
        var articleOf = Enumerable.Repeat(-1, lines.Length).ToArray();
        for (var d = 0; d < rules.Drafts.Count; d++)
        {
            var draft = rules.Drafts[d];
            var bodyLines = draft.Units.SelectMany(u => u.Lines).Select(l => l.Number).ToList();
            var firstBody = draft.Units.Where(u => u.Kind is UnitKind.Body or UnitKind.Caption or UnitKind.Advert || draft.Subheads.Contains(u))
                .SelectMany(u => u.Lines).Select(l => l.Number).DefaultIfEmpty(-1).Min();
            foreach (var unit in draft.Units)
            {
                var extra = unit.Kind is UnitKind.Attribution or UnitKind.Note or UnitKind.Credit && !draft.Subheads.Contains(unit);
                foreach (var line in unit.Lines)
                {
                    byLine[line.Number] = extra ? LineTag.Extra : line.Number == firstBody ? LineTag.BodyStart : LineTag.Body;
                    articleOf[line.Number] = d;
                }
            }

            var start = bodyLines.DefaultIfEmpty(int.MaxValue).Min();
            foreach (var line in draft.Headlines.SelectMany(h => h.Units).SelectMany(u => u.Lines))
            {
                byLine[line.Number] = line.Number < start ? LineTag.HeadNext : LineTag.HeadPrev;
                articleOf[line.Number] = d;
            }
        }

        var ruleTags = positions.Select(n => byLine[n]).ToArray();
        var ruleArticles = positions.Select(n => articleOf[n]).ToArray();
        ArticleSegments.MarkResumptions(ruleTags, ruleArticles);
        return new PageContext(rules, positions, ruleTags, ruleArticles, unitOf, indexInUnit, boxes);
    }
}
