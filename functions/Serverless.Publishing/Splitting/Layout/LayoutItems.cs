using Serverless.Publishing.Splitting.Blocks;

namespace Serverless.Publishing.Splitting.Layout;

public enum CoreKind
{
    News,
    Photo,
    Advert,
}

/// <summary>A body, caption or advert with the notes that stick to it; the thing a headline attaches to.</summary>
public sealed class Core(CoreKind kind)
{
    public CoreKind Kind { get; } = kind;

    public List<TextUnit> Units { get; } = [];

    public bool StartsArticle => Units.FirstOrDefault(u => u.Kind is UnitKind.Body or UnitKind.Caption)?.StartsArticle ?? false;

    public bool HasBody => Units.Any(u => u.Kind is UnitKind.Body or UnitKind.Caption or UnitKind.Advert);

    /// <summary>An attribution line ends a column piece: the next body is another piece.</summary>
    public bool Closed => Units.Count > 0 && Units[^1].Kind == UnitKind.Attribution;

    /// <summary>All the body so far is a byline line, so a dateline that follows continues this article.</summary>
    public bool BylineOnly => Units.Where(u => u.Kind == UnitKind.Body).All(u => u.IsBylineOnly);

    /// <summary>
    /// Places where one story could end and another begin without a headline between: a body unit after a blank
    /// line, following a unit that ends a sentence. Two headlines on one core are resolved by cutting at one.
    /// </summary>
    public IEnumerable<int> Seams()
    {
        for (var i = 1; i < Units.Count; i++)
        {
            if (Units[i] is { Kind: UnitKind.Body, GapBefore: true } && Units[i - 1].Kind == UnitKind.Body
                && Cleaning.CharClass.EndsSentence(Units[i - 1].Compact))
            {
                yield return i;
            }
        }
    }

    public bool HasAttribution => Units.Any(u => u.Kind is UnitKind.Attribution or UnitKind.Note);

    public string BodyText => bodyText ??= string.Concat(Units.Where(u => u.Kind is UnitKind.Body or UnitKind.Caption or UnitKind.Advert).Select(u => u.Compact));

    public TextUnit? LastBody => Units.LastOrDefault(u => u.Kind is UnitKind.Body or UnitKind.Caption or UnitKind.Advert);

    private string? bodyText;
}

/// <summary>Consecutive headline units: kicker, title and subtitle of one story.</summary>
public sealed class HeadlineGroup
{
    public List<TextUnit> Units { get; } = [];

    public string Text => string.Concat(Units.Select(u => u.Compact));

}

/// <summary>Cores and headline groups in page order.</summary>
public sealed class LayoutItems
{
    public List<object> Items { get; } = [];

    public static LayoutItems From(IReadOnlyList<TextUnit> units)
    {
        var layout = new LayoutItems();
        var items = layout.Items;
        var pending = new List<TextUnit>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var last = items.Count > 0 ? items[^1] : null;
            switch (unit.Kind)
            {
                case UnitKind.Headline:
                    if (last is HeadlineGroup group)
                    {
                        group.Units.Add(unit);
                    }
                    else
                    {
                        var added = new HeadlineGroup();
                        added.Units.Add(unit);
                        items.Add(added);
                    }

                    break;
                case UnitKind.Body:
                    if (last is Core { Kind: CoreKind.News } open && !open.Closed && !(unit.StartsArticle && open.HasBody && !open.BylineOnly) && pending.Count == 0)
                    {
                        open.Units.Add(unit);
                    }
                    else
                    {
                        items.Add(Start(CoreKind.News, unit, pending));
                    }

                    break;
                case UnitKind.Caption:
                    items.Add(Start(CoreKind.Photo, unit, pending));
                    break;
                case UnitKind.Advert:
                    items.Add(Start(CoreKind.Advert, unit, pending));
                    break;
                default:
                    // Notes, attributions and credits stick to the body they follow, unless a headline stands between;
                    // an editors' note introduces the story after it.
                    var nextIsCaption = i + 1 < units.Count && units[i + 1].Kind == UnitKind.Caption;
                    if (unit.Kind == UnitKind.Credit && last is Core { Kind: CoreKind.News } news && UnmarkedCaption(news) is { } caption)
                    {
                        news.Units.Remove(caption);
                        caption.Kind = UnitKind.Caption;
                        var photo = new Core(CoreKind.Photo);
                        photo.Units.Add(caption);
                        photo.Units.Add(unit);
                        items.Add(photo);
                        if (!news.HasBody)
                        {
                            items.Remove(news);
                            photo.Units.InsertRange(0, news.Units);
                        }
                    }
                    else if (last is Core core && !(unit.Kind == UnitKind.Credit && core.Kind != CoreKind.Photo && nextIsCaption)
                        && !(unit.Kind == UnitKind.Note && Rules.LineRules.IsEditorsNote(unit.Compact)))
                    {
                        core.Units.Add(unit);
                    }
                    else
                    {
                        pending.Add(unit);
                    }

                    break;
            }
        }

        if (pending.Count > 0)
        {
            // Trailing notes with nothing after them: give them to the last core, or keep them as their own core.
            if (items.LastOrDefault(x => x is Core) is Core lastCore)
            {
                lastCore.Units.AddRange(pending);
            }
            else
            {
                var core = new Core(CoreKind.News);
                core.Units.AddRange(pending);
                items.Add(core);
            }
        }

        return layout;
    }

    /// <summary>
    /// A photo credit after a short block of body that stands apart: the block is the photo's caption, printed without
    /// an arrow ("3月17日，游客在…" / "新华社记者 孙 立 摄").
    /// </summary>
    private static TextUnit? UnmarkedCaption(Core core)
    {
        if (core.Units.Count == 0 || core.Units[^1] is not { Kind: UnitKind.Body, StartsArticle: false } candidate
            || candidate.Compact.Length > 160 || candidate.Lines.Count > 6)
        {
            return null;
        }

        var before = core.Units.Count >= 2 ? core.Units[^2] : null;
        return before is null || (candidate.GapBefore && (before.Kind != UnitKind.Body || Cleaning.CharClass.EndsSentence(before.Compact)))
            ? candidate
            : null;
    }

    private static Core Start(CoreKind kind, TextUnit unit, List<TextUnit> pending)
    {
        var core = new Core(kind);
        core.Units.AddRange(pending);
        core.Units.Add(unit);
        pending.Clear();
        return core;
    }
}
