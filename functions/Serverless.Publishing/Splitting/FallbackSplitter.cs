using Serverless.Publishing.Articles;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Assembly;

namespace Serverless.Publishing.Splitting;

/// <summary>The last resort: every blank-line block of the page becomes an article, so no text is ever lost.</summary>
public static class FallbackSplitter
{
    public static IReadOnlyList<SplitArticle> Split(string sanitizedText)
    {
        var script = ScriptDetector.Detect(sanitizedText);
        var articles = new List<SplitArticle>();
        foreach (var block in sanitizedText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var paragraph = string.Empty;
            foreach (var line in block.Split('\n', StringSplitOptions.TrimEntries))
            {
                paragraph = LineJoiner.Join(paragraph, script == PageScript.Cjk ? Despacer.Body(line) : Despacer.Latin(line), script);
            }

            if (paragraph.Length > 0)
            {
                articles.Add(new SplitArticle
                {
                    Title = GeneratedTitle.From([paragraph], script),
                    TitleSource = TitleSource.Generated,
                    Paragraphs = [paragraph],
                });
            }
        }

        return articles;
    }
}
