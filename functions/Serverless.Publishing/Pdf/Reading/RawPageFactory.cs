using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Serverless.Publishing.Pdf.Reading;

/// <summary>
/// A PdfPig page factory that reads only what the layout uses (<see cref="RawPageProcessor"/>): PdfPig's own page
/// parses every Type3 glyph program for its ink box, which for Chromium's CJK fonts is most of the reading time.
/// Registered per document with <c>document.AddPageFactory&lt;RawPage, RawPageFactory&gt;()</c>.
/// </summary>
public sealed class RawPageFactory(
    IPdfTokenScanner scanner, IResourceStore resourceStore, ILookupFilterProvider filterProvider, IPageContentParser contentParser, ParsingOptions options)
    : BasePageFactory<RawPage>(scanner, resourceStore, filterProvider, contentParser, options)
{
    protected override RawPage ProcessPage(
        int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox, CropBox cropBox,
        UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var processor = new RawPageProcessor(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
        var (letters, paths, images) = processor.Read(operations);
        var bounds = mediaBox.Bounds;
        return rotation.SwapsAxis
            ? new RawPage(bounds.Height, bounds.Width, letters, paths, images)
            : new RawPage(bounds.Width, bounds.Height, letters, paths, images);
    }
}
