using System.Text;

namespace Serverless.Publishing.Ingest.Decoding;

/// <summary>
/// Uploaded bytes into text. Steps in order, first answer wins: a byte-order mark, strict UTF-8, UTF-16 without a
/// mark, UTF-8 with a few bad bytes, then the legacy CJK encodings by their statistics.
/// </summary>
public static class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes) => Read(bytes).Text;

    /// <exception cref="PageRejectedException">The bytes are no text in any encoding tried, or hold no text.</exception>
    public static DecodedText Read(ReadOnlySpan<byte> bytes)
    {
        var decoded = ByteOrderMark.TryDecode(bytes)
            ?? Utf8Decoding.TryStrict(bytes)
            ?? Utf16Sniffer.TryDecode(bytes)
            ?? Utf8Decoding.TryTolerant(bytes)
            ?? LegacyDecoding.TryDecode(bytes)
            ?? throw Undecodable(bytes);

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            throw new PageRejectedException("The page holds no text.");
        }

        if (LooksBinary(decoded.Text))
        {
            throw new PageRejectedException("The page is not text: it holds control characters typical of binary files.");
        }

        return decoded;
    }

    private static PageRejectedException Undecodable(ReadOnlySpan<byte> bytes)
    {
        var tried = new List<string>();
        foreach (var candidate in LegacyDecoding.Candidates)
        {
            var offset = LegacyDecoding.FirstInvalidOffset(candidate, bytes);
            tried.Add(offset < 0 ? $"{candidate.WebName} does not read as text" : $"{candidate.WebName} fails at offset {offset}");
        }

        return new PageRejectedException(
            $"The page cannot be decoded: it is not UTF-8 (invalid byte sequence at offset {Utf8Decoding.FirstInvalidOffset(bytes)}) or UTF-16, and {string.Join(", ", tried)}. Save it as UTF-8 and upload it again.");
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        foreach (var c in sample)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                control++;
            }
        }

        return control > sample.Length / 20 + 1;
    }
}
