namespace Serverless.Publishing.Cleaning;

/// <summary>Inside Chinese text, half-width , ; : ? ! between two CJK characters become their full-width forms.</summary>
public static class PunctuationWidth
{
    public static string Normalize(string text)
    {
        char[]? chars = null;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            var full = text[i] switch
            {
                ',' => '，',
                ';' => '；',
                ':' => '：',
                '?' => '？',
                '!' => '！',
                _ => '\0',
            };
            if (full != '\0' && CharClass.IsCjk(text[i - 1]) && CharClass.IsCjk(text[i + 1]))
            {
                chars ??= text.ToCharArray();
                chars[i] = full;
            }
        }

        return chars is null ? text : new string(chars);
    }
}
