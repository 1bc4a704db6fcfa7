using Microsoft.Extensions.Options;
using Serverless.Publishing.Ingest.Decoding;
using Serverless.Publishing.Pdf;

namespace Serverless.Publishing.Ingest;

/// <summary>Uploaded bytes into pages: a PDF (known by its bytes, not its name) page by page with layout, else text.</summary>
public sealed class PageReader(IOptions<PdfOptions> options)
{
    public PageReader()
        : this(Options.Create(new PdfOptions()))
    {
    }

    /// <exception cref="PageRejectedException">Neither readable text nor a readable PDF.</exception>
    public PageContents Read(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        if (!PdfSignature.IsPdf(bytes.Span))
        {
            var decoded = PageDecoder.Read(bytes.Span);
            return new PageContents([new PageContent(1, decoded.Text, null)], 1) { Warnings = decoded.Warnings };
        }

        var pdf = PdfLayoutReader.Read(bytes.ToArray(), options.Value.MaxPages, cancellationToken);
        var pages = pdf.Pages
            .Select(p => new PageContent(p.Number, string.Join('\n', p.Lines.Select(l => l.Text)), p))
            .ToList();
        return new PageContents(pages, pdf.TotalPages);
    }
}
