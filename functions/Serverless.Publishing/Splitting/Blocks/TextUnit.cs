using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Blocks;

public enum UnitKind
{
    Body,
    Headline,
    Attribution,
    Note,
    Credit,
    Caption,
    Advert,
}

/// <summary>A run of lines with one role on the page: a stretch of body, a headline, a credit line, an advert.</summary>
public sealed class TextUnit(List<PageLine> lines, bool gapBefore, PageProfile profile)
{
    public List<PageLine> Lines { get; } = lines;

    /// <summary>A blank line (or removed page furniture) stands before the unit.</summary>
    public bool GapBefore { get; } = gapBefore;

    public UnitKind Kind { get; set; } = UnitKind.Body;

    /// <summary>A dateline or byline opens the unit, so an article starts here.</summary>
    public bool StartsArticle { get; set; }

    /// <summary>The unit is only a byline ("By JOHN SMITH", "本报记者 王比学"): the dateline after it opens the same body.</summary>
    public bool IsBylineOnly { get; set; }

    /// <summary>A marked subhead inside a story ("■从…到…", "一、…"): body, but a paragraph of its own.</summary>
    public bool IsSubhead { get; set; }

    /// <summary>The lines as the rules read them, joined without separators.</summary>
    public string Compact => compact ??= Lines.Count == 1 ? profile.Clean(Lines[0]) : string.Concat(Lines.Select(profile.Clean));

    /// <summary>The lines joined without separators but with their own spaces; bylines are parsed from it.</summary>
    public string Raw => string.Concat(Lines.Select(l => l.Text));

    /// <summary>The lines as printed, single-spaced: notes and credits are kept this way.</summary>
    public string Printed => string.Join(' ', Lines.Select(l => string.Join(' ', l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    private string? compact;
}
