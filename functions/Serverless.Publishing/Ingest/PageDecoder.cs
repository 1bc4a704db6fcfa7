using System.Text;

namespace Serverless.Publishing.Ingest;

/// <summary>Turns uploaded bytes into text: UTF-8 (with or without BOM), UTF-16 (LE/BE), else GB18030.</summary>
public static class PageDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <exception cref="PageRejectedException">The bytes are not text in a supported encoding, or hold no text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = DecodeText(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PageRejectedException("The page holds no text.");
        }

        if (LooksBinary(text))
        {
            throw new PageRejectedException("The page is not text: it holds control characters typical of binary files.");
        }

        return text;
    }

    private static string DecodeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(StrictUtf8, bytes[3..], "UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE");
        }

        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return Strict(utf16, bytes, "UTF-16");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return Strict(gb18030, bytes, "UTF-8 or GB18030");
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new PageRejectedException($"The page cannot be decoded as {name}: invalid byte sequence at offset {ex.Index}.");
        }
    }

    // Text in UTF-16 without a BOM has a zero in every other byte for ASCII; one side dominates.
    private static UnicodeEncoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05)
        {
            return new UnicodeEncoding(false, false, true);
        }

        return evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05 ? new UnicodeEncoding(true, false, true) : null;
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
