namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// The decision taken for each non-blank line. A page is a sequence of these, decoded jointly; the articles follow
/// from it: a headline line after body lines, or a body start not under its headline, opens a new article.
/// </summary>
public enum LineTag : byte
{
    /// <summary>Page furniture, an advertisement or anything that belongs to no article.</summary>
    Out,

    /// <summary>A kicker, title or subtitle line heading the body that follows.</summary>
    HeadNext,

    /// <summary>A kicker, title or subtitle line closing the body before it (headlines printed after their story).</summary>
    HeadPrev,

    /// <summary>The first body line of an article.</summary>
    BodyStart,

    /// <summary>Any other body line, subheads and captions included.</summary>
    Body,

    /// <summary>An extra of the current article: attribution, editor's note, photo credit, a byline printed apart.</summary>
    Extra,

    /// <summary>A body line that resumes the story interrupted by the item just before (a photo or box set inside it).</summary>
    Resume,
}

public static class LineTags
{
    public const int Count = 7;

    public static bool IsHead(this LineTag tag) => tag is LineTag.HeadNext or LineTag.HeadPrev;

    public static string Code(this LineTag tag) => tag switch
    {
        LineTag.Out => "O",
        LineTag.HeadNext => "H>",
        LineTag.HeadPrev => "H<",
        LineTag.BodyStart => "B",
        LineTag.Body => "I",
        LineTag.Extra => "X",
        _ => "R",
    };
}
