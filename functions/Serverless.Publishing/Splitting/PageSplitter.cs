using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Splitting;

public sealed class PageSplitter : IPageSplitter
{
    public IReadOnlyList<SplitArticle> Split(string pageText)
    {
        var paragraphs = pageText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length == 0)
        {
            return [];
        }

        return [new SplitArticle { Title = paragraphs[0], Paragraphs = paragraphs[1..] }];
    }
}
