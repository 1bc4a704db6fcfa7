using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf.Layout;
using Serverless.Publishing.Pdf.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Serverless.Publishing.Pdf;

/// <summary>Reads a PDF's pages into layouts with PdfPig: letters with font, size, weight and position, rules and pictures.</summary>
public static class PdfLayoutReader
{
    /// <exception cref="PageRejectedException">Encrypted, malformed or truncated, or without a text layer.</exception>
    public static PdfLayouts Read(byte[] bytes, int maxPages, CancellationToken cancellationToken = default)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            document.AddPageFactory<RawPage, RawPageFactory>();
            var total = document.NumberOfPages;
            if (total == 0)
            {
                throw new PageRejectedException("The PDF has no pages.");
            }

            var pages = new List<PageLayout>(Math.Min(total, maxPages));
            var imageOnly = 0;
            for (var n = 1; n <= Math.Min(total, maxPages); n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage<RawPage>(n);
                var layout = ReadPage(page, n);
                imageOnly += !layout.HasText && layout.Pictures.Count > 0 ? 1 : 0;
                pages.Add(layout);
            }

            if (pages.All(p => !p.HasText))
            {
                throw new PageRejectedException(imageOnly > 0
                    ? "The PDF has no text layer: its pages are images only (a scan). Run OCR on it first, then upload the PDF with its text layer."
                    : "The PDF holds no text.");
            }

            return new PdfLayouts(pages, total);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new PageRejectedException("The PDF is encrypted and cannot be read without its password; upload it unencrypted.");
        }
        catch (Exception ex) when (ex is not (PageRejectedException or OperationCanceledException or OutOfMemoryException))
        {
            throw new PageRejectedException($"The PDF cannot be read: it is malformed or truncated ({ex.Message.TrimEnd('.')}).");
        }
    }

    public static PageLayout ReadPage(RawPage page, int number)
    {
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.Value.Length == 0)
            {
                continue;
            }

            var font = letter.Font;
            var bold = font is not null && (font.IsBold || font.Weight >= 600 || font.Name.Contains("Bold", StringComparison.OrdinalIgnoreCase));
            // the advance, not the ink: punctuation ink fills a fraction of its em, and gaps are judged between advances
            var start = letter.StartX;
            var end = Math.Max(letter.EndX, start + 0.01);

            // one glyph may stand for several characters (a ligature, "——" drawn as one dash)
            var step = (end - start) / letter.Value.Length;
            for (var i = 0; i < letter.Value.Length; i++)
            {
                var c = CjkRadicals.Unify(letter.Value[i]);
                // a soft hyphen prints nothing; where a line broke at one, the hyphen drawn is a glyph of its own
                if (!char.IsControl(c) && c != '\u00AD')
                {
                    var left = start + i * step;
                    glyphs.Add(new Glyph(c, left, Math.Max(left + step, left + 0.01), page.Height - letter.BaselineY, letter.PointSize, bold));
                }
            }
        }

        var lines = LineBuilder.Build(glyphs);
        var graphics = PageGraphics.Of(page);
        return new PageLayout(number, page.Width, page.Height, lines, BodySize(lines), graphics.Rules, graphics.Frames, graphics.Pictures);
    }

    private static double BodySize(List<LayoutLine> lines)
    {
        var weight = new Dictionary<double, int>();
        foreach (var line in lines)
        {
            var key = Math.Round(line.Size * 4) / 4;
            weight[key] = weight.GetValueOrDefault(key) + line.Text.Length;
        }

        return weight.Count == 0 ? 10 : weight.MaxBy(p => p.Value).Key;
    }
}

/// <param name="TotalPages">Pages in the file; more than were read when the file is over the page limit.</param>
public sealed record PdfLayouts(IReadOnlyList<PageLayout> Pages, int TotalPages)
{
    public bool Truncated => TotalPages > Pages.Count;
}
