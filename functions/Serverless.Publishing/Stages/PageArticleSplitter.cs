using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf;
using Serverless.Publishing.Pdf.Articles;
using Serverless.Publishing.Splitting;

namespace Serverless.Publishing.Stages;

/// <summary>
/// Splits every page of an upload: a page with layout by its layout, a text page with the text splitter; ids stay
/// stable per page (page n's articles are numbered from (n-1)*100+1).
/// </summary>
public sealed class PageArticleSplitter(IPageSplitter textSplitter, LayoutSplitter layoutSplitter, IOptions<PdfOptions> options, IOptions<IngestOptions> ingest)
{
    private const int MinPageChars = 30;

    /// <exception cref="PageRejectedException">No page of the upload holds an article.</exception>
    public IReadOnlyList<Article> Split(PageOrigin origin, PageContents contents)
    {
        var drafts = new List<Article>();
        origin = contents.Warnings.Count == 0 ? origin : origin with { Warnings = [.. origin.Warnings, .. contents.Warnings] };
        foreach (var page in contents.Pages)
        {
            if (page.Layout is { } layout && layout.Lines.Sum(l => l.Text.Length) < MinPageChars)
            {
                continue;
            }

            var pageOrigin = origin;
            IReadOnlyList<SplitArticle> articles;
            if (page.Layout is { } l)
            {
                articles = layoutSplitter.Split(l);
            }
            else
            {
                var (text, wrapped) = LongLines.Wrap(page.Text, ingest.Value.MaxLineLength);
                if (wrapped > 0)
                {
                    pageOrigin = origin with { Warnings = [.. origin.Warnings, $"{wrapped} line(s) over {IngestOptions.Section}:{nameof(IngestOptions.MaxLineLength)} ({ingest.Value.MaxLineLength}) were wrapped as body text before splitting."] };
                }

                articles = textSplitter.Split(text);
            }

            drafts.AddRange(DraftBuilder.Build(pageOrigin, articles, contents.Pages.Count > 1 || page.Layout is not null ? page.Number : null, ingest.Value.MaxTitleLength));
        }

        if (drafts.Count == 0)
        {
            throw new PageRejectedException(contents.Pages.Any(p => p.Layout is not null)
                ? "The PDF is not a newspaper page: none of its pages holds article text."
                : "The splitter found no article in the page.");
        }

        return drafts;
    }

    /// <summary>Why an upload over the page limit was only partly read, for its error record.</summary>
    public string LimitMessage(PageContents contents) =>
        $"The PDF has {contents.TotalPages} pages; only the first {contents.Pages.Count} were split (limit {PdfOptions.Section}:{nameof(PdfOptions.MaxPages)} = {options.Value.MaxPages}).";
}
