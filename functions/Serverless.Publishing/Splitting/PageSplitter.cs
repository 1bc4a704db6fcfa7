using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Assembly;
using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Model;

namespace Serverless.Publishing.Splitting;

/// <summary>
/// Cleans a page and splits it into articles: sanitize → lines → furniture → units → roles → cores and headline
/// groups → headline attachment (the rules' reading, <see cref="RuleAnalysis"/>), then, with learned decisions, a
/// line tagger that reads the rules as features → articles. Fails soft: a failing model falls back to the rules, a
/// page nothing makes sense of still comes out as one article per block.
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

    /// <summary>The model's reading of a page line by line, for `split --explain`; null when no model is embedded.</summary>
    public TaggedPage? Explain(string pageText)
    {
        var text = TextSanitizer.Sanitize(pageText ?? string.Empty);
        return LineTagger.Embedded((float)options.Value.LearnedSideMargin) is { } tagger && !string.IsNullOrWhiteSpace(text)
            ? tagger.Tag(RuleAnalysis.Of(text, options.Value))
            : null;
    }

    private List<SplitArticle> SplitClean(string text)
    {
        var rules = RuleAnalysis.Of(text, options.Value);
        var decisions = options.Value.DecisionsFor(rules.Profile.Script);
        if (decisions != SplitDecisions.Rules && LineTagger.Embedded((float)options.Value.LearnedSideMargin) is { } tagger)
        {
            try
            {
                var tagged = tagger.Tag(rules);
                if (decisions == SplitDecisions.Gated && PageGate.KeepsRules(PageGate.Read(tagged), options.Value.GateMarginPerLine))
                {
                    return Assemble(rules.Drafts, rules);
                }

                var learned = LineTagger.HybridArticles(tagged);
                if (learned.Count > 0)
                {
                    return learned;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogError(ex, "The learned splitter failed on a page of {Length} characters; using the rules' split", text.Length);
            }
        }

        return Assemble(rules.Drafts, rules);
    }

    /// <summary>Articles from drafts; drafts that came out empty (a lone subhead, a blank caption) are dropped.</summary>
    public static List<SplitArticle> Assemble(IEnumerable<ArticleDraft> drafts, RuleAnalysis rules) =>
        drafts.Select(draft => ArticleAssembler.Build(draft, rules.Profile, rules.Options.NormalizePunctuationWidth))
            .Where(a => a.Paragraphs.Count > 0 || a.TitleSource == TitleSource.Printed || a.Notes.Count > 0)
            .ToList();
}
