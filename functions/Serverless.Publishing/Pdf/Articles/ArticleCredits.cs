using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Pdf.Articles;

/// <summary>
/// The dateline and authors of a laid-out article, read with the text path's rules from its first body lines and
/// opening paragraph; the text stays in the paragraphs, as it was printed.
/// </summary>
public static class ArticleCredits
{
    public static (string? Dateline, List<string> Authors) Read(IReadOnlyList<string> bodyLines, IReadOnlyList<string> paragraphs, PageScript script)
    {
        var authors = new List<string>();
        if (bodyLines.Count == 0 || paragraphs.Count == 0)
        {
            return (null, authors);
        }

        var first = bodyLines[0];
        if (script == PageScript.Cjk)
        {
            var standalone = DatelineRules.IsCjkBylineLine(first);
            if (standalone)
            {
                authors.AddRange(DatelineRules.CjkBylineLineNames(first));
            }

            var opening = standalone && paragraphs.Count > 1 ? paragraphs[1] : paragraphs[0];
            var dateline = DatelineRules.Parse(opening);
            if (dateline is not null && authors.Count == 0)
            {
                authors.AddRange(DatelineRules.BylineNames(opening, dateline));
            }

            return (dateline?.Text, Distinct(authors));
        }

        var byline = first.Trim();
        if (DatelineRules.IsLatinByline(byline))
        {
            var next = bodyLines.Count > 1 ? bodyLines[1].Trim() : null;
            authors.AddRange(DatelineRules.LatinBylineNames(DatelineRules.LatinBylineWithWrap(byline, next)));
        }

        var latin = paragraphs.Take(3).Select(DatelineRules.Parse).FirstOrDefault(d => d is not null);
        return (latin?.Text, Distinct(authors));
    }

    private static List<string> Distinct(List<string> names) => names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
