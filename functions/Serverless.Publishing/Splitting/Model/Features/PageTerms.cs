using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// Each line's distinct terms (CJK bigrams, Latin words of five letters or more), numbered 0..Count-1 per page, so
/// the lexical features of both readings count them in arrays and read a page's terms once.
/// </summary>
public sealed class PageTerms
{
    private PageTerms(int[][] lines, int count)
    {
        Lines = lines;
        Count = count;
    }

    /// <summary>The term ids of each position, ascending.</summary>
    public int[][] Lines { get; }

    /// <summary>How many distinct terms the page has.</summary>
    public int Count { get; }

    public static PageTerms Of(PageContext page)
    {
        var ids = new Dictionary<int, int>();
        var lines = new int[page.Count][];
        var buffer = new List<int>();
        for (var k = 0; k < page.Count; k++)
        {
            buffer.Clear();
            LexicalFeatures.AddTerms(page.Clean(k), page.Script, buffer);
            buffer.Sort();
            var line = new List<int>(buffer.Count);
            for (var i = 0; i < buffer.Count; i++)
            {
                if (i == 0 || buffer[i] != buffer[i - 1])
                {
                    line.Add(ids.TryGetValue(buffer[i], out var id) ? id : ids[buffer[i]] = ids.Count);
                }
            }

            line.Sort();
            lines[k] = [.. line];
        }

        return new PageTerms(lines, ids.Count);
    }
}
