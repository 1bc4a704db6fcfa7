using System.Text;

namespace Serverless.Publishing.Ingest.Decoding;

internal static class StrictDecoding
{
    /// <returns>The text, or null when <paramref name="encoding"/> (with an exception fallback) meets an invalid sequence.</returns>
    public static string? TryGetString(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
