using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Assembly;
using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Layout;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting;

/// <summary>
/// Cleans a page and splits it into articles: sanitize → lines → furniture → units → roles → cores and headline
/// groups → headline attachment → articles. Fails soft: a page it cannot make sense of still comes out as articles.
/// </summary>
public sealed class PageSplitter(IOptions<SplittingOptions> options, ILogger<PageSplitter> logger) : IPageSplitter
{
    public PageSplitter()
        : this(Options.Create(new SplittingOptions()), NullLogger<PageSplitter>.Instance)
    {
    }

    public IReadOnlyList<SplitArticle> Split(string pageText)
    {
        var text = TextSanitizer.Sanitize(pageText ?? string.Empty);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        try
        {
            var articles = SplitClean(text);
            if (articles.Count > 0)
            {
                return articles;
            }

            logger.LogWarning("The splitter found no article in a page of {Length} characters; keeping its blocks as articles", text.Length);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Splitting a page of {Length} characters failed; keeping its blocks as articles", text.Length);
        }

        return FallbackSplitter.Split(text);
    }

    private List<SplitArticle> SplitClean(string text)
    {
        var lines = PageLine.Read(text);
        var profile = PageProfile.Of(lines, ScriptDetector.Detect(text));
        var furniture = FurnitureRules.Find(lines);
        var units = UnitReader.Read(lines, furniture, profile);
        UnitClassifier.Classify(units, profile);
        var layout = LayoutItems.From(units);
        var decisions = new HeadlineAttacher(options.Value, profile).Attach(layout.Items);
        return ArticleDraft.Group(layout.Items, decisions)
            .Select(draft => ArticleAssembler.Build(draft, profile))
            .Where(a => a.Paragraphs.Count > 0 || a.TitleSource == TitleSource.Printed || a.Notes.Count > 0)
            .ToList();
    }
}
