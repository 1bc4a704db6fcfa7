using Serverless.Publishing.Splitting.Assembly;

namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// The model decides where articles begin and end and which lines are headlines; where one of its articles holds
/// exactly the lines of one of the rules' drafts, with the same headline lines, the rules' draft is kept, with its
/// finer reading of the body (which line is an attribution, a note, a byline set apart, a subhead).
/// </summary>
public static class HybridDrafts
{
    public static List<ArticleDraft> From(PageContext page, IReadOnlyList<LineTag> tags)
    {
        var learned = TaggedDrafts.From(page, tags);
        var articleOf = ArticleSegments.Assign(tags);
        var ruleLines = Members(page.RuleArticles, page.Rules.Drafts.Count);
        var byFirstLine = new Dictionary<int, int>();
        for (var d = 0; d < ruleLines.Length; d++)
        {
            if (ruleLines[d].Count > 0)
            {
                byFirstLine[ruleLines[d][0]] = d;
            }
        }

        var learnedLines = Members(articleOf, learned.Count);
        for (var a = 0; a < learned.Count; a++)
        {
            if (learnedLines[a].Count > 0 && byFirstLine.TryGetValue(learnedLines[a][0], out var d) && ruleLines[d].SequenceEqual(learnedLines[a])
                && learnedLines[a].All(k => tags[k].IsHead() == page.RuleTags[k].IsHead()))
            {
                learned[a] = page.Rules.Drafts[d];
            }
        }

        return learned;
    }

    /// <summary>The positions of each article, in order.</summary>
    private static List<int>[] Members(IReadOnlyList<int> articleOf, int count)
    {
        var members = new List<int>[count];
        for (var a = 0; a < count; a++)
        {
            members[a] = [];
        }

        for (var k = 0; k < articleOf.Count; k++)
        {
            if (articleOf[k] >= 0 && articleOf[k] < count)
            {
                members[articleOf[k]].Add(k);
            }
        }

        return members;
    }
}
