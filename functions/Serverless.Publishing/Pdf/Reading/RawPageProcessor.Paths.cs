using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Serverless.Publishing.Pdf.Reading;

/// <summary>Path building as PdfPig's own processor does it without clipping: every painted path is kept.</summary>
internal sealed partial class RawPageProcessor
{
    private PdfSubpath? subpath;
    private PdfPath? path;

    public override void BeginSubpath()
    {
        path ??= new PdfPath();
        AddSubpath();
        subpath = new PdfSubpath();
    }

    public override PdfPoint? CloseSubpath()
    {
        if (subpath is null)
        {
            return null;
        }

        var point = subpath.Commands[0] is PdfSubpath.Move move ? move.Location : throw new ArgumentException("CloseSubpath(): first command not Move.");
        subpath.CloseSubpath();
        AddSubpath();
        return point;
    }

    private void AddSubpath()
    {
        if (subpath is not null)
        {
            path!.Add(subpath);
            subpath = null;
        }
    }

    public override void StrokePath(bool close)
    {
        if (path is not null)
        {
            path.SetStroked();
            Paint(close);
        }
    }

    public override void FillPath(FillingRule fillingRule, bool close)
    {
        if (path is not null)
        {
            path.SetFilled(fillingRule);
            Paint(close);
        }
    }

    public override void FillStrokePath(FillingRule fillingRule, bool close)
    {
        if (path is not null)
        {
            path.SetFilled(fillingRule);
            path.SetStroked();
            Paint(close);
        }
    }

    private void Paint(bool close)
    {
        if (close)
        {
            subpath?.CloseSubpath();
        }

        ClosePath();
    }

    public override void MoveTo(double x, double y)
    {
        BeginSubpath();
        var point = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        CurrentPosition = point;
        subpath!.MoveTo(point.X, point.Y);
    }

    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
        if (subpath is null)
        {
            return;
        }

        var control2 = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        subpath.BezierCurveTo(CurrentPosition.X, CurrentPosition.Y, control2.X, control2.Y, end.X, end.Y);
        CurrentPosition = end;
    }

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
        if (subpath is null)
        {
            return;
        }

        var control1 = CurrentTransformationMatrix.Transform(new PdfPoint(x1, y1));
        var control2 = CurrentTransformationMatrix.Transform(new PdfPoint(x2, y2));
        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x3, y3));
        subpath.BezierCurveTo(control1.X, control1.Y, control2.X, control2.Y, end.X, end.Y);
        CurrentPosition = end;
    }

    public override void LineTo(double x, double y)
    {
        if (subpath is null)
        {
            return;
        }

        var end = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        subpath.LineTo(end.X, end.Y);
        CurrentPosition = end;
    }

    public override void Rectangle(double x, double y, double width, double height)
    {
        BeginSubpath();
        var lowerLeft = CurrentTransformationMatrix.Transform(new PdfPoint(x, y));
        var upperRight = CurrentTransformationMatrix.Transform(new PdfPoint(x + width, y + height));
        subpath!.Rectangle(lowerLeft.X, lowerLeft.Y, upperRight.X - lowerLeft.X, upperRight.Y - lowerLeft.Y);
        AddSubpath();
    }

    public override void EndPath()
    {
        if (path is null)
        {
            return;
        }

        AddSubpath();
        paths.Add(path);
        path = null;
    }

    public override void ClosePath()
    {
        AddSubpath();
        if (path!.IsClipping)
        {
            EndPath();
            return;
        }

        var state = GetCurrentState();
        if (path.IsStroked)
        {
            path.SetStrokeDetails(state);
        }

        if (path.IsFilled)
        {
            path.SetFillDetails(state);
        }

        paths.Add(path);
        path = null;
    }

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
        if (path is not null)
        {
            AddSubpath();
            path.SetClipping(clippingRule);
        }
    }

    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
        // not clipping: PdfPig's default (ParsingOptions.ClipPaths false) keeps every path whole
    }
}
