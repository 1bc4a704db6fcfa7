using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Serverless.Publishing.Pdf.Reading;

/// <summary>
/// Runs a page's content stream as PdfPig's own processor does, keeping letters (value, advance, baseline, size,
/// font), painted paths and image boxes. Text showing is redone here without PdfPig's Type3 ink boxes: those decode
/// and parse every glyph program of the page, and the layout judges gaps by advances only.
/// </summary>
internal sealed partial class RawPageProcessor(
    int pageNumber, IResourceStore resourceStore, IPdfTokenScanner scanner, IPageContentParser contentParser, ILookupFilterProvider filterProvider,
    CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, ParsingOptions options)
    : BaseStreamProcessor<RawPage>(pageNumber, resourceStore, scanner, contentParser, filterProvider, cropBox, userSpaceUnit, rotation, in initialMatrix, options),
        IOperationContext
{
    private readonly List<RawLetter> letters = [];
    private readonly List<PdfPath> paths = [];
    private readonly List<PdfRectangle> images = [];

    public (List<RawLetter> Letters, List<PdfPath> Paths, List<PdfRectangle> Images) Read(IReadOnlyList<IGraphicsStateOperation> operations)
    {
        CloneAllStates();
        ProcessOperations(operations);
        return (letters, paths, images);
    }

    public override RawPage Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations) =>
        throw new NotSupportedException("Use Read: the page size comes from the factory.");

    // PdfPig's ShowText is not virtual; the Tj operator calls it through the interface, re-implemented here
    void IOperationContext.ShowText(IInputBytes bytes)
    {
        if (CurrentFont() is not IType3Font font)
        {
            ShowText(bytes);
            return;
        }

        TextSequence++;
        Show(bytes, font);
    }

    public override void ShowPositionedText(IReadOnlyList<IToken> tokens)
    {
        if (CurrentFont() is not IType3Font font)
        {
            base.ShowPositionedText(tokens);
            return;
        }

        TextSequence++;
        var state = GetCurrentState().FontState;
        var scale = state.HorizontalScaling / 100.0;
        foreach (var token in tokens)
        {
            if (token is NumericToken number)
            {
                // TJ's adjustments are thousandths of an em, against the writing direction
                var tx = -number.Data / 1000 * state.FontSize * scale;
                TextMatrices.TextMatrix = TransformationMatrix.GetTranslationMatrix(tx, 0).Multiply(TextMatrices.TextMatrix);
            }
            else
            {
                var bytes = token is HexToken hex ? hex.Bytes.ToArray() : ((StringToken)token).GetBytes();
                Show(new MemoryInputBytes(bytes), font);
            }
        }
    }

    private IFont? CurrentFont()
    {
        var state = GetCurrentState().FontState;
        return state.FromExtendedGraphicsState ? ActiveExtendedGraphicsStateFont : ResourceStore.GetFont(state.FontName);
    }

    // PdfPig's text showing for a horizontal Type3 font, less the glyph program's ink box
    private void Show(IInputBytes bytes, IType3Font font)
    {
        var current = GetCurrentState();
        var state = current.FontState;
        var fontSize = state.FontSize;
        var scale = state.HorizontalScaling / 100.0;
        var ctm = current.CurrentTransformationMatrix;
        var rendering = TransformationMatrix.FromValues(fontSize * scale, 0, 0, fontSize, 0, state.Rise);
        var pointSize = Math.Round(ctm.Multiply(TextMatrices.TextMatrix).Transform(new PdfRectangle(0, 0, 1, fontSize)).Height, 2);
        while (bytes.MoveNext())
        {
            var code = font.ReadCharacterCode(bytes, out var codeLength);
            if (!font.TryGetUnicode(code, out var unicode) || unicode is null)
            {
                unicode = new string((char)code, 1);
            }

            var wordSpacing = code == ' ' && codeLength == 1 ? state.WordSpacing : 0;
            var width = font.GetBoundingBox(code).Width;
            Add(font, unicode, width, pointSize, rendering, TextMatrices.TextMatrix, ctm);
            TextMatrices.TextMatrix = TextMatrices.TextMatrix.Translate((width * fontSize + state.CharacterSpacing + wordSpacing) * scale, 0);
        }
    }

    private void Add(IFont font, string unicode, double width, double pointSize, TransformationMatrix rendering, TransformationMatrix text, TransformationMatrix ctm)
    {
        var start = ctm.Transform(text.Transform(rendering.Transform(new PdfPoint(0, 0))));
        var end = ctm.Transform(text.Transform(rendering.Transform(new PdfPoint(width, 0))));
        letters.Add(new RawLetter(unicode, start.X, end.X, start.Y, pointSize, font.Details));
    }

    public override void RenderGlyph(
        IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode, long currentOffset,
        in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox) =>
        Add(font, unicode, characterBoundingBox.Width, pointSize, renderingMatrix, textMatrix, transformationMatrix);

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) =>
        images.Add(xObjectContentRecord.AppliedTransformation.Transform(new PdfRectangle(new PdfPoint(0, 0), new PdfPoint(1, 1))));

    protected override void RenderInlineImage(InlineImage inlineImage) => images.Add(inlineImage.BoundingBox);

    public override void PaintShading(NameToken shadingName)
    {
    }
}
