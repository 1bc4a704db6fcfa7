using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Layout;

namespace Serverless.Publishing.Splitting.Assembly;

/// <summary>The units of one article in page order, its headline groups and the kind of its first core.</summary>
public sealed class ArticleDraft(CoreKind kind)
{
    public CoreKind Kind { get; } = kind;

    public List<HeadlineGroup> Headlines { get; } = [];

    public List<TextUnit> Units { get; } = [];

    /// <summary>Headline-like units read as subheads inside the body.</summary>
    public HashSet<TextUnit> Subheads { get; } = [];

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
                    p++;
                    continue;
                case Attachment.Next:
                    open = Begin(next!);
                    open.Headlines.Add(group);
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

        return drafts;

        ArticleDraft Begin(Core core)
        {
            var draft = new ArticleDraft(core.Kind);
            draft.Units.AddRange(core.Units);
            drafts.Add(draft);
            return draft;
        }
    }
}
