using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Splitting;

/// <summary>Cleans a page's text and splits it into articles in page order. Never throws on text input.</summary>
public interface IPageSplitter
{
    IReadOnlyList<SplitArticle> Split(string pageText);
}
