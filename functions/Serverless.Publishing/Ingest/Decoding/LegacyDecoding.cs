using System.Text;
using UtfUnknown;

namespace Serverless.Publishing.Ingest.Decoding;

/// <summary>
/// GB18030, Big5 and Shift-JIS. GB18030 decodes almost any bytes, so the encoding is chosen by statistics
/// (uchardet, through UTF.Unknown) and checked: it must decode strictly and read as plausible text.
/// </summary>
internal static class LegacyDecoding
{
    private const double MinPlausible = 0.9;

    public static IReadOnlyList<Encoding> Candidates { get; } = [Strict("GB18030"), Strict("big5"), Strict("shift_jis")];

    public static DecodedText? TryDecode(ReadOnlySpan<byte> bytes)
    {
        var detected = Detected(bytes);
        foreach (var encoding in detected is null ? Candidates : [detected, .. Candidates.Where(c => c.CodePage != detected.CodePage)])
        {
            if (StrictDecoding.TryGetString(encoding, bytes) is { } text && TextPlausibility.Score(text) >= MinPlausible)
            {
                return new DecodedText(text, encoding.WebName, []);
            }
        }

        return null;
    }

    public static int FirstInvalidOffset(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            encoding.GetString(bytes);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return ex.Index;
        }
    }

    private static Encoding? Detected(ReadOnlySpan<byte> bytes)
    {
        var name = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected?.EncodingName?.ToLowerInvariant();
        return name switch
        {
            "gb18030" or "gb2312" or "gbk" or "hz-gb-2312" => Candidates[0],
            "big5" or "big5-hkscs" or "cp950" => Candidates[1],
            "shift_jis" or "shift-jis" or "cp932" or "windows-31j" => Candidates[2],
            _ => null,
        };
    }

    private static Encoding Strict(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
