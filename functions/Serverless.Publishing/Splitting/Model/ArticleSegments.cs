namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// Reads articles off a tag sequence. A new article starts at a headline line that follows no headline line, at a
/// body start not right under a heading headline (or under extras printed between a heading headline and its body,
/// such as a byline set apart), and at a body or extra line after a closing headline. Out lines are transparent:
/// furniture inside a story does not end it. A resume line goes back to the article that was open before the
/// current one.
/// </summary>
public static class ArticleSegments
{
    /// <summary>The article index of each position, -1 for Out.</summary>
    public static int[] Assign(IReadOnlyList<LineTag> tags)
    {
        var article = new int[tags.Count];
        var current = -1;
        var next = 0;
        var before = -1;
        var opened = false; // the current article has had a heading headline and no body line yet
        LineTag? previous = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == LineTag.Out)
            {
                article[i] = -1;
                continue;
            }

            if (tag == LineTag.Resume && before >= 0)
            {
                (current, before) = (before, current);
            }
            else if (current < 0 || (StartsArticle(previous, tag) && !(tag == LineTag.BodyStart && opened && previous == LineTag.Extra)))
            {
                (current, before) = (next++, current);
                opened = false;
            }

            opened = tag == LineTag.HeadNext || (opened && tag == LineTag.Extra);
            article[i] = current;
            previous = tag;
        }

        return article;
    }

    /// <summary>
    /// Marks as Resume the first line of each run that returns to an article seen before, given each position's
    /// article (-1 for none). Used for the gold tags and for the rules' reading alike.
    /// </summary>
    public static void MarkResumptions(LineTag[] tags, IReadOnlyList<int> articles)
    {
        var seen = new HashSet<int>();
        var last = -1;
        for (var k = 0; k < tags.Length; k++)
        {
            var article = articles[k];
            if (article < 0)
            {
                continue;
            }

            if (article != last && seen.Contains(article) && tags[k] is LineTag.Body or LineTag.BodyStart)
            {
                tags[k] = LineTag.Resume;
            }

            seen.Add(article);
            last = article;
        }
    }

    private static bool StartsArticle(LineTag? previous, LineTag tag) => tag switch
    {
        LineTag.HeadNext => previous is not LineTag.HeadNext,
        LineTag.HeadPrev => previous is null or LineTag.HeadNext,
        LineTag.BodyStart => previous is not LineTag.HeadNext,
        _ => previous is null or LineTag.HeadPrev,
    };
}
