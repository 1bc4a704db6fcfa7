namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// Reads articles off a tag sequence. A new article starts at a headline line that follows no headline line, at a
/// body start not right under a heading headline, and at a body or extra line after a closing headline. Out lines
/// are transparent: furniture inside a story does not end it.
/// </summary>
public static class ArticleSegments
{
    /// <summary>The article index of each position, -1 for Out.</summary>
    public static int[] Assign(IReadOnlyList<LineTag> tags)
    {
        var article = new int[tags.Count];
        var current = -1;
        LineTag? previous = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == LineTag.Out)
            {
                article[i] = -1;
                continue;
            }

            if (current < 0 || StartsArticle(previous, tag))
            {
                current++;
            }

            article[i] = current;
            previous = tag;
        }

        return article;
    }

    public static bool StartsArticle(LineTag? previous, LineTag tag) => tag switch
    {
        LineTag.HeadNext => previous is not LineTag.HeadNext,
        LineTag.HeadPrev => previous is null or LineTag.HeadNext,
        LineTag.BodyStart => previous is not LineTag.HeadNext,
        _ => previous is null or LineTag.HeadPrev,
    };
}
