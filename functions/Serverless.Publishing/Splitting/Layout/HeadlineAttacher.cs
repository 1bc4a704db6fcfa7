using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Blocks;

namespace Serverless.Publishing.Splitting.Layout;

public enum Attachment
{
    /// <summary>The headline follows its body (headlines-after layout).</summary>
    Previous,

    /// <summary>The headline precedes its body.</summary>
    Next,

    /// <summary>An in-body subhead or a headline-like line inside a body: the bodies around it are one article.</summary>
    Subhead,

    /// <summary>A headline with no body of its own.</summary>
    Alone,

    /// <summary>Two stories' headlines stand together: the first units close the body before, the rest open the body after.</summary>
    Split,
}

/// <param name="SplitAt">For <see cref="Attachment.Split"/>: how many of the group's units go to the body before.</param>
public readonly record struct Decision(Attachment Kind, int SplitAt = 0);

/// <summary>
/// Decides for every headline group whether it belongs to the body before it or after it (or is a subhead), by
/// dynamic programming over the page: each article wants exactly one headline, headlines repeat words of their
/// body, bodies on dateline pages start with a dateline. The best-scoring assignment of the whole page wins, so a
/// page's layout (headlines before, after, or mixed) emerges from the evidence instead of being assumed.
/// </summary>
public sealed class HeadlineAttacher(SplittingOptions options, PageProfile profile)
{
    private const int None = 0;
    private const int States = 4;

    private readonly Dictionary<Core, double> columnWidths = [];

    public Dictionary<HeadlineGroup, Decision> Attach(IReadOnlyList<object> items)
    {
        var lexical = new LexicalOverlap(profile.Script);
        var datelineShare = DatelineShare(items);
        var n = items.Count;
        var score = new double[n + 1, States];
        var back = new (int Position, int State, Decision? Decision)[n + 1, States];
        for (var p = 0; p <= n; p++)
        {
            for (var s = 0; s < States; s++)
            {
                score[p, s] = double.NegativeInfinity;
            }
        }

        score[0, None] = 0;
        for (var p = 0; p < n; p++)
        {
            for (var s = 0; s < States; s++)
            {
                var current = score[p, s];
                if (double.IsNegativeInfinity(current))
                {
                    continue;
                }

                var previous = p > 0 ? items[p - 1] as Core : null;
                if (items[p] is Core core)
                {
                    var closing = s == None ? 0 : Close(previous!, s - 1);
                    Relax(p + 1, Open(0), current + closing + Start(core, datelineShare), p, s, null);
                    continue;
                }

                var group = (HeadlineGroup)items[p];
                var next = p + 1 < n ? items[p + 1] as Core : null;
                var after = next is null ? p + 1 : p + 2;
                var startNext = next is null ? 0 : Start(next, datelineShare);
                if (s != None)
                {
                    var count = s - 1;
                    var attachScore = options.LexicalWeight * lexical.Score(group, 0, group.Units.Count, previous!);
                    Relax(after, next is null ? None : Open(0), current + attachScore + Close(previous!, count + 1) + startNext, p, s, new Decision(Attachment.Previous));
                    for (var j = 1; next is not null && j < group.Units.Count; j++)
                    {
                        var before = options.LexicalWeight * lexical.Score(group, 0, j, previous!);
                        var afterScore = options.LexicalWeight * lexical.Score(group, j, group.Units.Count, next);
                        Relax(after, Open(1), current + before + Close(previous!, count + 1) + afterScore + startNext, p, s, new Decision(Attachment.Split, j));
                    }

                    if (next is not null && CanJoin(previous!, next))
                    {
                        Relax(after, s, current - SubheadCost(group, previous!), p, s, new Decision(Attachment.Subhead));
                    }
                }

                if (next is not null)
                {
                    var closing = s == None ? 0 : Close(previous!, s - 1);
                    var attachScore = options.LexicalWeight * lexical.Score(group, 0, group.Units.Count, next);
                    Relax(after, Open(1), current + closing + attachScore + startNext, p, s, new Decision(Attachment.Next));
                }

                var lone = (s == None ? 0 : Close(previous!, s - 1)) - options.LoneHeadlinePenalty + startNext;
                Relax(after, next is null ? None : Open(0), current + lone, p, s, new Decision(Attachment.Alone));
            }
        }

        var best = double.NegativeInfinity;
        var bestState = None;
        var lastCore = n > 0 ? items[n - 1] as Core : null;
        for (var s = 0; s < States; s++)
        {
            if (double.IsNegativeInfinity(score[n, s]))
            {
                continue;
            }

            var total = score[n, s] + (s == None || lastCore is null ? 0 : Close(lastCore, s - 1));
            if (total > best)
            {
                best = total;
                bestState = s;
            }
        }

        var decisions = new Dictionary<HeadlineGroup, Decision>();
        for (int p = n, s = bestState; p > 0;)
        {
            var (position, state, decision) = back[p, s];
            if (decision is { } d)
            {
                decisions[(HeadlineGroup)items[position]] = d;
            }

            (p, s) = (position, state);
        }

        return decisions;

        void Relax(int position, int state, double value, int fromPosition, int fromState, Decision? decision)
        {
            if (value > score[position, state])
            {
                score[position, state] = value;
                back[position, state] = (fromPosition, fromState, decision);
            }
        }
    }

    /// <summary>
    /// A single headline-like line as wide as the column it sits in is as likely the last line of a paragraph before a
    /// column break ("“一区多园”是进一步推进国家" / "高新技术产业开发区…") as a subhead: reading it as body costs nothing.
    /// </summary>
    private double SubheadCost(HeadlineGroup group, Core previous)
    {
        if (group.Units.Count != 1 || group.Units[0].Lines.Count != 1)
        {
            return options.SubheadPenalty;
        }

        if (!columnWidths.TryGetValue(previous, out var width))
        {
            width = ColumnWidth(previous);
            columnWidths[previous] = width;
        }

        return profile.Width(group.Units[0].Lines[0]) >= width * 0.75 ? 0 : options.SubheadPenalty;
    }

    private double ColumnWidth(Core previous)
    {
        var lines = previous.Units.Where(u => u.Kind == UnitKind.Body).SelectMany(u => u.Lines)
            .Select(l => new BodyLine(profile.Clean(l), l.Indent, false)).ToList();
        return lines.Count >= 3 ? ParagraphBuilder.ColumnWidth(lines, profile.Script) : profile.ColumnWidth;
    }

    private static int Open(int headlines) => 1 + Math.Min(headlines, 2);

    /// <summary>Score for closing an article whose last core is <paramref name="core"/> with <paramref name="headlines"/> headlines.</summary>
    private double Close(Core core, int headlines) => core.Kind switch
    {
        CoreKind.News => headlines switch
        {
            0 => -options.MissingHeadlinePenalty,
            1 => 0,
            2 when core.Seams().Any() => -options.SeamCutPenalty,
            _ => -options.DoubleHeadlinePenalty * (headlines - 1),
        },
        CoreKind.Photo => headlines switch
        {
            0 => 0,
            1 => -options.PhotoHeadlinePenalty,
            _ => -options.DoubleHeadlinePenalty * headlines,
        },
        _ => headlines == 0 ? 0 : -options.DoubleHeadlinePenalty * headlines,
    };

    private double Start(Core core, double datelineShare) =>
        core.Kind == CoreKind.News && !core.StartsArticle && !core.HasAttribution
            ? -options.UnmarkedStartPenalty * datelineShare
            : 0;

    /// <summary>A subhead sits between two stretches of one body: neither side is a caption or advert, the second starts no article, the first was not closed by an attribution.</summary>
    private static bool CanJoin(Core previous, Core next) =>
        previous.Kind == CoreKind.News && next.Kind == CoreKind.News && !next.StartsArticle && !previous.Closed
        && next.Units[0].Kind is not (Blocks.UnitKind.Attribution or Blocks.UnitKind.Note);

    /// <summary>Share of news bodies on the page that open with a dateline or byline; below one half it carries no evidence.</summary>
    private static double DatelineShare(IReadOnlyList<object> items)
    {
        var news = items.OfType<Core>().Where(c => c.Kind == CoreKind.News).ToList();
        if (news.Count == 0)
        {
            return 0;
        }

        var share = (double)news.Count(c => c.StartsArticle || c.HasAttribution) / news.Count;
        return share >= 0.5 ? share : 0;
    }
}
