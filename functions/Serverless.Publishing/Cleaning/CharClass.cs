namespace Serverless.Publishing.Cleaning;

/// <summary>Character classes the cleaning and splitting rules are written in.</summary>
public static class CharClass
{
    /// <summary>Han ideographs and kana: characters that are never separated by spaces.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff')
            or (>= '\u3040' and <= '\u30ff');

    /// <summary>Full-width punctuation, brackets and the quotes Chinese text uses.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3001' and <= '\u303f') or (>= '\uff01' and <= '\uff0f') or (>= '\uff1a' and <= '\uff20')
            or (>= '\uff3b' and <= '\uff40') or (>= '\uff5b' and <= '\uff65')
            or '“' or '”' or '‘' or '’' or '…' or '—' or '·' or '•' or '➡' or '⬆' or '⬇' or '⬅';

    /// <summary>Characters set on a full em square in Chinese typesetting.</summary>
    public static bool IsWide(char c) => IsCjk(c) || IsCjkPunctuation(c);

    public static bool IsSentenceFinal(char c) => c is '。' or '！' or '？' or '…' or '.' or '!' or '?' or '．';

    /// <summary>Marks that may follow a sentence end: closing quotes and brackets.</summary>
    public static bool IsClosing(char c) =>
        c is '”' or '’' or '」' or '』' or '）' or ')' or '"' or '\'' or '》' or '】' or '〕';

    public static bool IsOpening(char c) => c is '“' or '‘' or '「' or '『' or '（' or '(' or '《' or '【' or '〔';

    /// <summary>Arrows and markers that open a photo caption.</summary>
    public static bool IsCaptionMarker(char c) =>
        c is '➡' or '⬆' or '⬇' or '⬅' or '↑' or '↓' or '←' or '→' or '▲' or '△' or '▼' or '◀' or '▶';

    /// <summary>Width on the page: a CJK character fills the column square, Latin and digits half of it.</summary>
    public static double DisplayWidth(ReadOnlySpan<char> text)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 1.0 : c == ' ' ? 0.0 : 0.5;
        }

        return width;
    }

    /// <summary>True when the text ends a sentence, looking past closing quotes and brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var i = text.Length - 1;
        while (i >= 0 && IsClosing(text[i]))
        {
            i--;
        }

        if (i < 0)
        {
            return text.Length > 0;
        }

        // "Inc." or "U.S." end a sentence as often as not; OCR noise like "~" or "|" after a full stop is ignored upstream.
        return IsSentenceFinal(text[i]) || (i < text.Length - 1 && text[i] is '。' or '！' or '？');
    }

    public static int CountCjk(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += IsCjk(c) ? 1 : 0;
        }

        return n;
    }

    public static int CountLatinLetters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += char.IsAsciiLetter(c) ? 1 : 0;
        }

        return n;
    }
}
