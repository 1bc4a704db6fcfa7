using Serverless.Publishing.Pdf.Reading;
using UglyToad.PdfPig.Core;

namespace Serverless.Publishing.Pdf.Layout;

/// <summary>What the page draws besides text: rules (thin bars and lines), frames (stroked boxes) and pictures.</summary>
public sealed record PageGraphics(List<Box> Rules, List<Box> Frames, List<Box> Pictures)
{
    private const double Thin = 3;
    private const double MinRule = 15;

    public static PageGraphics Of(RawPage page)
    {
        var rules = new List<Box>();
        var frames = new List<Box>();
        var pictures = new List<Box>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked)
            {
                continue;
            }

            var r = path.GetBoundingRectangle();
            if (r is not { } rect)
            {
                continue;
            }

            var box = TopDown(rect, page.Height);
            var thin = box.Width <= Thin || box.Height <= Thin;
            if (thin && Math.Max(box.Width, box.Height) >= MinRule)
            {
                rules.Add(box);
            }
            else if (!thin && path.IsStroked && !path.IsFilled)
            {
                frames.Add(box);
            }
            else if (!thin && path.IsFilled && !IsWhite(path.FillColor) && box.Width > MinRule && box.Height > MinRule)
            {
                pictures.Add(box);
            }
        }

        foreach (var image in page.Images)
        {
            pictures.Add(TopDown(image, page.Height));
        }

        return new PageGraphics(rules, frames, pictures);
    }

    private static bool IsWhite(UglyToad.PdfPig.Graphics.Colors.IColor? color) =>
        color is null || color.ToRGBValues() is var (r, g, b) && r > 0.97 && g > 0.97 && b > 0.97;

    private static Box TopDown(PdfRectangle r, double pageHeight) => new(r.Left, pageHeight - r.Top, r.Right, pageHeight - r.Bottom);
}
