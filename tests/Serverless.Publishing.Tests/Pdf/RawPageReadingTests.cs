using Serverless.Publishing.Pdf.Reading;
using Serverless.Testing;
using UglyToad.PdfPig;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>
/// The layout's own page reader skips PdfPig's Type3 ink boxes for speed; what it keeps must be what PdfPig's page
/// reads: every letter's value, advance, baseline, size and font, every path and every image box.
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
        Assert.Equal(
            page.Letters.Select(l => (l.Value, l.StartBaseLine.X, l.EndBaseLine.X, l.StartBaseLine.Y, l.PointSize, l.FontDetails?.Name, l.FontDetails?.IsBold)),
            raw.Letters.Select(l => (l.Value, l.StartX, l.EndX, l.BaselineY, l.PointSize, l.Font?.Name, l.Font?.IsBold)));
        Assert.Equal(
            page.Paths.Select(p => (p.GetBoundingRectangle(), p.IsFilled, p.IsStroked, p.IsClipping)),
            raw.Paths.Select(p => (p.GetBoundingRectangle(), p.IsFilled, p.IsStroked, p.IsClipping)));
        Assert.Equal(page.GetImages().Select(i => i.BoundingBox), raw.Images);
    }
}
