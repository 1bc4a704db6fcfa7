using System.Globalization;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>A slice of a document: <paramref name="Offset"/> in UTF-16 code units of the original text.</summary>
public readonly record struct TextPart(int Offset, string Text);

/// <summary>
/// Splits text longer than a limit of text elements into parts ending at sentence boundaries (。！？.!? and line
/// breaks, keeping closing quotes with their sentence). The parts cover the text exactly, so offsets map back by addition.
/// </summary>
public static class TextParts
{
    private const string Terminators = "。！？!?；;…\n";
    private const string Closers = "\"'”’」』）)】》〉";

    public static IReadOnlyList<TextPart> Split(string text, int maxTextElements = LanguageLimits.MaxTextElements)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTextElements, 1);
        var starts = StringInfo.ParseCombiningCharacters(text);
        if (starts.Length <= maxTextElements)
        {
            return [new TextPart(0, text)];
        }

        var parts = new List<TextPart>();
        var first = 0;
        while (first < starts.Length)
        {
            var end = Math.Min(first + maxTextElements, starts.Length);
            if (end < starts.Length)
            {
                end = LastBoundary(text, starts, first, end, IsSentenceEnd)
                    ?? LastBoundary(text, starts, first, end, IsSpaceEnd)
                    ?? end;
            }

            var from = starts[first];
            var to = end < starts.Length ? starts[end] : text.Length;
            parts.Add(new TextPart(from, text[from..to]));
            first = end;
        }

        return parts;
    }

    /// <summary>The element index just after the last boundary in (first, end], if any.</summary>
    private static int? LastBoundary(string text, int[] starts, int first, int end, Func<string, int[], int, bool> endsAt)
    {
        for (var next = end; next > first; next--)
        {
            if (endsAt(text, starts, next))
            {
                return next;
            }
        }

        return null;
    }

    private static bool IsSentenceEnd(string text, int[] starts, int next)
    {
        var last = text[starts[next - 1]];
        var following = next < starts.Length ? text[starts[next]] : '\0';
        if (Closers.Contains(following) || Terminators.Contains(following) && following != '\n')
        {
            return false; // the closing quote or a run of 。！ belongs to this sentence
        }

        if (Terminators.Contains(last))
        {
            return true;
        }

        if (Closers.Contains(last) && next >= 2 && Terminators.Contains(text[starts[next - 2]]))
        {
            return true;
        }

        // A full stop ends a sentence only before white space, not in 3.5 or e.g.
        return last == '.' && char.IsWhiteSpace(following);
    }

    private static bool IsSpaceEnd(string text, int[] starts, int next) =>
        char.IsWhiteSpace(text[starts[next - 1]]);
}
