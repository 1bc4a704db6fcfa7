using System.Text;

namespace Serverless.Publishing.Ingest.Decoding;

/// <summary>
/// UTF-16 without a byte-order mark. Latin text shows a zero in every other byte; CJK text shows none, so the
/// sniffer decodes both byte orders and keeps one only when it is plausible text with real line breaks.
/// </summary>
internal static class Utf16Sniffer
{
    private const double MinPlausible = 0.97;
    private const int SampleBytes = 16384;

    public static DecodedText? TryDecode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        foreach (var (encoding, name) in ByteOrders)
        {
            if (StrictDecoding.TryGetString(encoding, sample) is { } text && LooksLikeUtf16Text(text, sample.Length))
            {
                return StrictDecoding.TryGetString(encoding, bytes) is { } whole ? new DecodedText(whole, name, []) : null;
            }
        }

        return null;
    }

    private static readonly (Encoding Encoding, string Name)[] ByteOrders =
    [
        (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16LE"),
        (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16BE"),
    ];

    // Text of more than one line breaks its lines with U+000A, which no legacy byte pair decodes to.
    private static bool LooksLikeUtf16Text(string text, int sampleBytes) =>
        (text.Contains('\n') || sampleBytes < 160) && TextPlausibility.Score(text) >= MinPlausible;
}
