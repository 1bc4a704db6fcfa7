using System.Text.RegularExpressions;

namespace Serverless.Publishing.Enrichment.Local.English;

/// <summary>A word with its offset; Gap is the text between it and the previous word.</summary>
internal readonly record struct EnglishWord(string Text, int Offset, string Gap)
{
    public int End => Offset + Text.Length;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool StartsSentence => Gap.Length == 0 || Gap.TrimEnd().EndsWith('.') || Gap.TrimEnd().EndsWith('!') || Gap.TrimEnd().EndsWith('?') || Gap.Contains('\n')
        || Gap.TrimEnd().EndsWith('"') || Gap.TrimEnd().EndsWith('“');
}

internal static partial class EnglishWords
{
    public static IReadOnlyList<EnglishWord> Split(string text)
    {
        var words = new List<EnglishWord>();
        var previousEnd = 0;
        foreach (Match match in Word().Matches(text))
        {
            var value = match.Value.TrimEnd('.');
            // Keep the dot of initials and abbreviations (U.S., Dr.) but not a sentence's full stop.
            if (match.Value.EndsWith('.') && (value.Contains('.') || value.Length == 1 || value is "Dr" or "Mr" or "Mrs" or "Ms" or "Prof" or "St" or "Inc" or "Ltd" or "Co" or "Jr"))
            {
                value = match.Value;
            }

            words.Add(new EnglishWord(value, match.Index, text[previousEnd..match.Index]));
            previousEnd = match.Index + value.Length;
        }

        return words;
    }

    [GeneratedRegex("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’&.-]*[\\p{L}\\p{N}.])?")]
    private static partial Regex Word();
}
