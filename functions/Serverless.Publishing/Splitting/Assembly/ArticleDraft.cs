using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Layout;

namespace Serverless.Publishing.Splitting.Assembly;

/// <summary>The units of one article in page order, its headline groups and the kind of its first core.</summary>
public sealed class ArticleDraft(CoreKind kind)
{
    public CoreKind Kind { get; } = kind;

    public List<HeadlineGroup> Headlines { get; } = [];

    /// <summary>Displaced parts stay on the same page region: repairs look this many stories away at most.</summary>
    private const int Neighbourhood = 8;

    /// <summary>The headline printed before the body, when there is one.</summary>
    public HeadlineGroup? Leading { get; private set; }

    public List<TextUnit> Units { get; } = [];

    /// <summary>Headline-like units read as subheads inside the body.</summary>
    public HashSet<TextUnit> Subheads { get; } = [];

    /// <summary>
    /// A body with a headline before it and another after it holds two stories: cut it at the paragraph break where
    /// each side best matches its own headline.
    /// </summary>
    private static IEnumerable<ArticleDraft> CutAtSeam(ArticleDraft draft)
    {
        if (draft.Headlines.Count != 2 || draft.Leading != draft.Headlines[0] || draft.Kind != CoreKind.News)
        {
            return [draft];
        }

        var core = new Core(CoreKind.News);
        core.Units.AddRange(draft.Units);
        var seams = core.Seams().ToList();
        if (seams.Count == 0)
        {
            return [draft];
        }

        var lead = draft.Headlines[0];
        var trail = draft.Headlines[1];
        // Paragraphs that match neither headline stay with the story they follow: the last of the best cuts wins.
        var scores = seams.Select(seam => Overlap(lead.Text, draft.Units.Take(seam)) + Overlap(trail.Text, draft.Units.Skip(seam))).ToList();
        var best = seams[scores.FindLastIndex(x => x >= scores.Max() - 1e-9)];
        var first = new ArticleDraft(CoreKind.News) { Leading = lead };
        first.Headlines.Add(lead);
        first.Units.AddRange(draft.Units.Take(best));
        var second = new ArticleDraft(CoreKind.News);
        second.Headlines.Add(trail);
        second.Units.AddRange(draft.Units.Skip(best));
        return [first, second];
    }

    /// <summary>
    /// PDF extraction can print the end of a story's last column after other stories. A body block that opens in
    /// lower case after a finished paragraph continues the nearest earlier story that stops mid-sentence.
    /// </summary>
    private static void ReattachContinuations(List<ArticleDraft> drafts)
    {
        for (var d = 1; d < drafts.Count; d++)
        {
            var units = drafts[d].Units;
            for (var u = 1; u < units.Count; u++)
            {
                var unit = units[u];
                var afterSubhead = drafts[d].Subheads.Contains(units[u - 1]) && !drafts[d].Subheads.Contains(unit);
                var lowerCase = unit.Compact.Length > 0 && char.IsLower(unit.Compact[0]) && units[u - 1].Kind == UnitKind.Body
                    && Cleaning.CharClass.EndsSentence(units[u - 1].Compact);
                if (unit.Kind != UnitKind.Body || unit.StartsArticle || !unit.GapBefore || !(lowerCase || afterSubhead))
                {
                    continue;
                }

                var open = drafts.Skip(Math.Max(0, d - Neighbourhood)).Take(Math.Min(d, Neighbourhood)).LastOrDefault(x => x.Kind == CoreKind.News
                    && x.Units.LastOrDefault(b => b.Kind == UnitKind.Body) is { } last && !Cleaning.CharClass.EndsSentence(last.Compact));

                // Without letter case to go by (Chinese), the block must also share more words with the story it continues.
                if (open is not null && !lowerCase && WordShare(unit, open) <= WordShare(unit, drafts[d]))
                {
                    open = null;
                }

                if (open is not null)
                {
                    units.RemoveAt(u--);
                    open.Units.Add(unit);
                }
            }
        }
    }

    /// <summary>
    /// PDF extraction can also move a headline away from its story. A headline sharing almost nothing with its own
    /// body, or a subhead left at the very end of a body, moves to a story without a headline whose body repeats it.
    /// Stories whose headlines fit are never touched.
    /// </summary>
    private static void RepairDisplacedHeadlines(List<ArticleDraft> drafts)
    {
        const double Fits = 0.15;
        const double Matches = 0.5;
        var loose = new List<(ArticleDraft Owner, HeadlineGroup Group, bool Trailing)>();
        foreach (var draft in drafts.Where(d => d.Kind == CoreKind.News))
        {
            var trailing = draft.Units.Count;
            while (trailing > 0 && draft.Subheads.Contains(draft.Units[trailing - 1]))
            {
                trailing--;
            }

            if (trailing > 0 && trailing < draft.Units.Count)
            {
                var group = new HeadlineGroup();
                group.Units.AddRange(draft.Units.Skip(trailing));
                loose.Add((draft, group, true));
            }

            if (draft.Headlines.Count == 1 && Overlap(draft.Headlines[0].Text, BodyUnits(draft)) <= Fits)
            {
                loose.Add((draft, draft.Headlines[0], false));
            }
        }

        // Headlines that left their story first: the stories they leave become targets for trailing subheads.
        foreach (var (owner, group, trailing) in loose.OrderBy(x => x.Trailing))
        {
            var at = drafts.IndexOf(owner);
            var target = drafts.Skip(Math.Max(0, at - Neighbourhood)).Take(2 * Neighbourhood + 1)
                .Where(d => d != owner && d.Kind == CoreKind.News && d.Headlines.Count == 0 && d.Units.Any(u => u.StartsArticle))
                .Select(d => (Draft: d, Score: Overlap(group.Text, BodyUnits(d))))
                .Where(x => x.Score >= Matches)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault().Draft;
            if (target is null)
            {
                continue;
            }

            if (trailing)
            {
                foreach (var unit in group.Units)
                {
                    owner.Units.Remove(unit);
                    owner.Subheads.Remove(unit);
                }
            }
            else
            {
                owner.Headlines.Clear();
            }

            target.Headlines.Add(group);
        }
    }

    private static IEnumerable<TextUnit> BodyUnits(ArticleDraft draft) =>
        draft.Units.Where(u => u.Kind == UnitKind.Body && !draft.Subheads.Contains(u));

    private static double WordShare(TextUnit unit, ArticleDraft draft) =>
        Overlap(unit.Compact, draft.Units.Where(u => u != unit && u.Kind == UnitKind.Body && !draft.Subheads.Contains(u)));

    private static double Overlap(string headline, IEnumerable<TextUnit> units)
    {
        var body = string.Concat(units.Select(u => u.Compact));
        var hits = 0;
        var total = 0;
        for (var i = 0; i + 1 < headline.Length; i++)
        {
            total++;
            hits += body.Contains(headline.AsSpan(i, 2), StringComparison.Ordinal) ? 1 : 0;
        }

        return total == 0 ? 0 : (double)hits / total;
    }

    /// <summary>Turns the attacher's decisions into articles: cores joined by subheads, headlines on their side.</summary>
    public static List<ArticleDraft> Group(IReadOnlyList<object> items, IReadOnlyDictionary<HeadlineGroup, Decision> decisions)
    {
        var drafts = new List<ArticleDraft>();
        ArticleDraft? open = null;
        for (var p = 0; p < items.Count; p++)
        {
            if (items[p] is Core core)
            {
                open = Begin(core);
                continue;
            }

            var group = (HeadlineGroup)items[p];
            var next = p + 1 < items.Count ? items[p + 1] as Core : null;
            var chosen = decisions.GetValueOrDefault(group, new Decision(open is null ? Attachment.Next : Attachment.Previous));
            var decision = chosen.Kind;
            if (decision == Attachment.Split && (open is null || next is null))
            {
                decision = open is null ? Attachment.Next : Attachment.Previous;
            }

            if (next is null && decision is Attachment.Next or Attachment.Subhead)
            {
                decision = open is null ? Attachment.Alone : Attachment.Previous;
            }

            if (open is null && decision is Attachment.Previous or Attachment.Subhead)
            {
                decision = next is null ? Attachment.Alone : Attachment.Next;
            }

            switch (decision)
            {
                case Attachment.Previous:
                    open!.Headlines.Add(group);
                    open = null;
                    break;
                case Attachment.Subhead:
                    foreach (var unit in group.Units)
                    {
                        open!.Units.Add(unit);
                        open.Subheads.Add(unit);
                    }

                    open!.Units.AddRange(next!.Units);
                    p++;
                    continue;
                case Attachment.Split:
                    var first = new HeadlineGroup();
                    first.Units.AddRange(group.Units.Take(chosen.SplitAt));
                    var second = new HeadlineGroup();
                    second.Units.AddRange(group.Units.Skip(chosen.SplitAt));
                    open!.Headlines.Add(first);
                    open = Begin(next!);
                    open.Headlines.Add(second);
                    open.Leading = second;
                    p++;
                    continue;
                case Attachment.Next:
                    open = Begin(next!);
                    open.Headlines.Add(group);
                    open.Leading = group;
                    p++;
                    continue;
                default:
                    var lone = new ArticleDraft(CoreKind.News);
                    lone.Headlines.Add(group);
                    drafts.Add(lone);
                    open = null;
                    break;
            }

            if (next is not null)
            {
                open = Begin(next);
                p++;
            }
        }

        var result = drafts.SelectMany(CutAtSeam).ToList();
        ReattachContinuations(result);
        RepairDisplacedHeadlines(result);
        return result;

        ArticleDraft Begin(Core core)
        {
            var draft = new ArticleDraft(core.Kind);
            draft.Units.AddRange(core.Units);
            drafts.Add(draft);
            return draft;
        }
    }
}
