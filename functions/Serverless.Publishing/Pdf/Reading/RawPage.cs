using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.PdfFonts;

namespace Serverless.Publishing.Pdf.Reading;

/// <summary>
/// What the layout reads off one PDF page: letters by their advance (not their ink), the painted paths and the
/// image boxes, in PDF coordinates (origin bottom-left).
/// </summary>
public sealed record RawPage(double Width, double Height, List<RawLetter> Letters, List<PdfPath> Paths, List<PdfRectangle> Images);

/// <param name="StartX">Where the letter's advance starts on its baseline.</param>
/// <param name="EndX">Where its advance ends (the next letter's start, without spacing).</param>
public readonly record struct RawLetter(string Value, double StartX, double EndX, double BaselineY, double PointSize, FontDetails? Font);
