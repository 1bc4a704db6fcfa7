namespace Serverless.Publishing.Pdf;

/// <summary>A PDF is known by its bytes: "%PDF-" within the first kilobyte (readers allow junk before it).</summary>
public static class PdfSignature
{
    private static ReadOnlySpan<byte> Magic => "%PDF-"u8;

    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf(Magic) >= 0;
}
