using Serverless.Publishing.Pdf.Reading;
using Serverless.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>
/// The layout's own page reader skips PdfPig's Type3 ink boxes for speed; what it keeps must be what PdfPig's page
/// reads: every letter's value, advance, baseline, size and font, every path and every image box. Where a
/// marked-content span gives its /ActualText, that text stands for the span's glyphs (PdfPig keeps the glyphs').
/// </summary>
public sealed class RawPageReadingTests
{
    [Theory]
    [InlineData("pdf-zh-fixture.pdf")]
    [InlineData("pdf-en-fixture.pdf")]
    public void The_raw_page_reads_what_PdfPig_reads(string name)
    {
        var bytes = File.ReadAllBytes(TestPdfs.Fixture(name));
        using var expected = PdfDocument.Open(bytes);
        using var actual = PdfDocument.Open(bytes);
        actual.AddPageFactory<RawPage, RawPageFactory>();

        var page = expected.GetPage(1);
        var raw = actual.GetPage<RawPage>(1);

        Assert.Equal((page.Width, page.Height), (raw.Width, raw.Height));
        Assert.True(raw.Letters.Count > 20, $"{name}: {raw.Letters.Count} letters");
        var actualText = ActualTexts(page);
        Assert.Contains(actualText, p => p.Value != p.Key.Value);
        Assert.Equal(
            page.Letters.Select(l => (actualText.GetValueOrDefault(l, l.Value), l.StartBaseLine.X, l.EndBaseLine.X, l.StartBaseLine.Y, l.PointSize, l.FontDetails?.Name, l.FontDetails?.IsBold)),
            raw.Letters.Select(l => (l.Value, l.StartX, l.EndX, l.BaselineY, l.PointSize, l.Font?.Name, l.Font?.IsBold)));
        Assert.Equal(
            page.Paths.Select(p => (p.GetBoundingRectangle(), p.IsFilled, p.IsStroked, p.IsClipping)),
            raw.Paths.Select(p => (p.GetBoundingRectangle(), p.IsFilled, p.IsStroked, p.IsClipping)));
        Assert.Equal(page.GetImages().Select(i => i.BoundingBox), raw.Images);
    }

    // the first letter of each span with /ActualText, and the text it stands for
    private static Dictionary<Letter, string> ActualTexts(Page page)
    {
        var texts = new Dictionary<Letter, string>(ReferenceEqualityComparer.Instance);
        var open = new Stack<MarkedContentElement>(page.GetMarkedContents());
        while (open.TryPop(out var element))
        {
            if (element.ActualText is not null && element.Letters.Count == 1)
            {
                texts[element.Letters[0]] = element.ActualText;
            }

            foreach (var child in element.Children)
            {
                open.Push(child);
            }
        }

        return texts;
    }
}
