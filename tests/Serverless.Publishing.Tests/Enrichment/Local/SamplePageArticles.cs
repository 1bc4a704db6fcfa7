using System.Text;
using System.Text.Json;

namespace Serverless.Publishing.Tests.Enrichment.Local;

/// <summary>
/// The sample page's articles as the analyzer will see them, built from the truth file (the splitter is tested
/// elsewhere): body lines joined into paragraphs, layout whitespace between CJK characters removed.
/// </summary>
internal static class SamplePageArticles
{
    public sealed record Article(int Ordinal, string Title, string Body, IReadOnlyList<string> Notes);

    public static IReadOnlyList<Article> Load(string pageFile, string truthFile)
    {
        var lines = File.ReadAllLines(pageFile);
        using var truth = JsonDocument.Parse(File.ReadAllText(truthFile));
        var articles = new List<Article>();
        var ordinal = 0;
        foreach (var article in truth.RootElement.GetProperty("articles").EnumerateArray())
        {
            var body = new List<string>();
            foreach (var range in article.GetProperty("body").EnumerateArray())
            {
                body.AddRange(lines[(range[0].GetInt32() - 1)..range[1].GetInt32()]);
            }

            string LinesOf(string property) =>
                Normalize(string.Concat(article.GetProperty(property).EnumerateArray().Select(n => lines[n.GetInt32() - 1])));

            var notes = article.GetProperty("extra").EnumerateArray().Select(n => Normalize(lines[n.GetInt32() - 1])).ToList();
            articles.Add(new Article(++ordinal, LinesOf("title"), string.Join('\n', Paragraphs(body)), notes));
        }

        return articles;
    }

    /// <summary>A blank line ends a paragraph only after sentence-final punctuation: elsewhere it is a column break.</summary>
    internal static IEnumerable<string> Paragraphs(IEnumerable<string> lines)
    {
        var paragraph = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                var text = Normalize(paragraph.ToString());
                if (text.Length > 0 && text[^1] is '。' or '！' or '？' or '”' or '…' or '；')
                {
                    yield return text;
                    paragraph.Clear();
                }

                continue;
            }

            paragraph.Append(line).Append(' ');
        }

        if (Normalize(paragraph.ToString()) is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    /// <summary>Removes whitespace next to a CJK character or full-width punctuation; collapses the rest to one space.</summary>
    internal static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                result.Append(text[i]);
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var before = result.Length > 0 ? result[^1] : ' ';
            var after = end < text.Length ? text[end] : ' ';
            if (result.Length > 0 && end < text.Length && !IsWide(before) && !IsWide(after))
            {
                result.Append(' ');
            }

            i = end - 1;
        }

        return result.ToString();
    }

    private static bool IsWide(char c) => c >= '\u2E80';
}
