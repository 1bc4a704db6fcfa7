namespace Serverless.Publishing.Ingest.Decoding;

/// <summary>
/// How much of a decoded sample looks like newspaper text: ASCII, whitespace, CJK ideographs, kana, CJK and
/// full-width punctuation, Latin letters. Bytes read in the wrong encoding land in Hangul, private use, symbols.
/// </summary>
internal static class TextPlausibility
{
    private const int SampleChars = 8192;

    public static double Score(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleChars)];
        if (sample.IsEmpty)
        {
            return 0;
        }

        var plausible = 0;
        foreach (var c in sample)
        {
            plausible += IsPlausible(c) ? 1 : 0;
        }

        return (double)plausible / sample.Length;
    }

    private static bool IsPlausible(char c) => c switch
    {
        '\n' or '\r' or '\t' => true,
        >= ' ' and <= '~' => true,
        >= '\u00c0' and <= '\u024f' => char.IsLetter(c),
        '\u00a0' or '\u00b7' or '\u00e9' or '\u2014' or '\u2026' or (>= '\u2018' and <= '\u201d') => true,
        >= '\u3000' and <= '\u303f' => true,
        >= '\u3040' and <= '\u30ff' => true,
        >= '\u3400' and <= '\u4dbf' => true,
        >= '\u4e00' and <= '\u9fff' => true,
        >= '\uff01' and <= '\uff65' => true,
        _ => false,
    };
}
