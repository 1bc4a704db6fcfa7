namespace Serverless.Publishing.Pdf.Layout;

/// <summary>One letter as read from the PDF, in top-left coordinates.</summary>
public readonly record struct Glyph(char Value, double Left, double Right, double Baseline, double Size, bool Bold);
