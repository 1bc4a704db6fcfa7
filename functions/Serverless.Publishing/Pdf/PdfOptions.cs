namespace Serverless.Publishing.Pdf;

/// <summary>Bounds on what one uploaded PDF may cost.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Pages read from one PDF; a longer file is split up to here and its error record says so.</summary>
    public int MaxPages { get; set; } = 48;
}
