using System.Text;

namespace Serverless.Publishing.Ingest.Decoding;

/// <summary>A byte-order mark names the encoding; UTF-8 after a mark still tolerates a few bad bytes.</summary>
internal static class ByteOrderMark
{
    public static DecodedText? TryDecode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8Decoding.TryStrict(bytes[3..]) ?? Utf8Decoding.TryTolerant(bytes[3..], offsetBase: 3)
                ?? throw new PageRejectedException(
                    $"The page cannot be decoded as UTF-8 (it starts with a UTF-8 byte-order mark): invalid byte sequence at offset {3 + Utf8Decoding.FirstInvalidOffset(bytes[3..])}.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE");
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE") : null;
    }

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return new DecodedText(encoding.GetString(bytes), name, []);
        }
        catch (DecoderFallbackException ex)
        {
            throw new PageRejectedException($"The page cannot be decoded as {name} (it starts with a {name} byte-order mark): invalid byte sequence at offset {2 + ex.Index}.");
        }
    }
}
