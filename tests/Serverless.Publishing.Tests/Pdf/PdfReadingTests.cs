using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf;
using Serverless.Publishing.Pdf.Articles;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>PDF uploads by their bytes, and every way a PDF can fail: each a clear rejection, never a crash.</summary>
public sealed class PdfReadingTests
{
    private static PageOrigin Origin(string name) => PageOrigin.Resolve(name, new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, "test");

    private static PageArticleSplitter Splitter(int maxPages = 48) =>
        new(new PageSplitter(), new LayoutSplitter(), Options.Create(new PdfOptions { MaxPages = maxPages }), Options.Create(new IngestOptions()));

    private static PageReader Reader(int maxPages = 48) => new(Options.Create(new PdfOptions { MaxPages = maxPages }));

    [Theory]
    [InlineData("%PDF-1.7\n%\u00e2\u00e3", true)]
    [InlineData("\n\n%PDF-1.4 junk before the header is allowed", true)]
    [InlineData("本报讯 a text page that merely mentions %PDF later on, far past the first kilobyte", false)]
    [InlineData("Council opens new library", false)]
    public void A_pdf_is_known_by_its_bytes(string start, bool isPdf)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(isPdf ? start : start + new string(' ', 2000) + "%PDF-");
        Assert.Equal(isPdf, PdfSignature.IsPdf(bytes));
    }

    [Fact]
    public void A_text_page_named_pdf_is_still_read_as_text()
    {
        var contents = Reader().Read(System.Text.Encoding.UTF8.GetBytes("Council opens new library\n\nThe council opened it.\n"));
        Assert.Null(Assert.Single(contents.Pages).Layout);
    }

    [Fact]
    public void An_image_only_pdf_is_rejected_as_needing_ocr()
    {
        var ex = Assert.Throws<PageRejectedException>(() => Reader().Read(TestPdfs.Scan()));
        Assert.Contains("no text layer", ex.Message);
        Assert.Contains("OCR", ex.Message);
    }

    [Fact]
    public void An_ocr_text_layer_over_a_scan_is_read()
    {
        var contents = Reader().Read(TestPdfs.Scan(TestPdfs.Story));
        var articles = Splitter().Split(Origin("scan.pdf"), contents);
        var text = string.Concat(articles.SelectMany(a => a.Paragraphs.Append(a.Title)));
        Assert.Contains("harbour library", text);
        Assert.Contains("children's wing", text);
    }

    [Fact]
    public void An_encrypted_pdf_is_rejected_as_encrypted()
    {
        var ex = Assert.Throws<PageRejectedException>(() => Reader().Read(TestPdfs.Encrypted()));
        Assert.Contains("encrypted", ex.Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.1)]
    public void A_truncated_pdf_is_rejected_as_truncated(double share)
    {
        var whole = File.ReadAllBytes(TestPdfs.Fixture("pdf-en-fixture.pdf"));
        var ex = Assert.Throws<PageRejectedException>(() => Reader().Read(whole.AsMemory(0, (int)(whole.Length * share))));
        Assert.Contains("malformed or truncated", ex.Message);
    }

    [Fact]
    public void A_malformed_pdf_is_rejected_as_malformed()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a PDF body\n%%EOF\n");
        var ex = Assert.Throws<PageRejectedException>(() => Reader().Read(bytes));
        Assert.Contains("malformed or truncated", ex.Message);
    }

    [Fact]
    public void A_pdf_that_is_not_a_newspaper_page_is_rejected()
    {
        var contents = Reader().Read(TestPdfs.Text(2, "Invoice 42"));
        var ex = Assert.Throws<PageRejectedException>(() => Splitter().Split(Origin("invoice.pdf"), contents));
        Assert.Contains("not a newspaper page", ex.Message);
    }

    [Fact]
    public void A_200_page_pdf_is_bounded_by_the_page_limit()
    {
        var contents = Reader(maxPages: 5).Read(TestPdfs.Text(200, TestPdfs.Story));
        Assert.Equal(5, contents.Pages.Count);
        Assert.Equal(200, contents.TotalPages);
        Assert.True(contents.Truncated);

        var splitter = Splitter(maxPages: 5);
        var articles = splitter.Split(Origin("book.pdf"), contents);
        Assert.Equal([1, 2, 3, 4, 5], articles.Select(a => a.Page.PageNumber!.Value).Distinct());
        Assert.Contains("200 pages", splitter.LimitMessage(contents));
        Assert.Contains("Pdf:MaxPages = 5", splitter.LimitMessage(contents));
    }

    [Fact]
    public void Each_page_of_a_pdf_is_a_page_of_its_own_with_stable_ids()
    {
        var bytes = TestPdfs.Text(3, TestPdfs.Story);
        var first = Splitter().Split(Origin("three.pdf"), Reader().Read(bytes));
        var again = Splitter().Split(Origin("three.pdf"), Reader().Read(bytes));
        Assert.Equal([1, 2, 3], first.Select(a => a.Page.PageNumber!.Value));
        Assert.Equal([1, 101, 201], first.Select(a => a.Page.Ordinal));
        Assert.Equal(first.Select(a => a.Id), again.Select(a => a.Id));
        Assert.All(first, a => Assert.Equal(ArticleKind.News, a.Kind));
    }
}
