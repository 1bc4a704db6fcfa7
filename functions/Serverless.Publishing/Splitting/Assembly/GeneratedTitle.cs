using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Assembly;

/// <summary>A title for an article with no printed headline (photo captions, adverts): its first meaningful clause.</summary>
public static class GeneratedTitle
{
    private const int MaxCjk = 30;
    private const int MaxLatinWords = 12;

    public static string From(IReadOnlyList<string> paragraphs, PageScript script)
    {
        var text = paragraphs.FirstOrDefault(p => p.Length > 0)?.TrimStart() ?? string.Empty;
        text = text.TrimStart('➡', '⬆', '⬇', '⬅', '↑', '↓', '←', '→', '▲', '△', '▼', '◀', '▶', ' ');
        if (text.Length == 0)
        {
            return "Untitled";
        }

        if (script == PageScript.Latin)
        {
            var sentence = text.Split(". ", 2)[0];
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words.Take(MaxLatinWords)).TrimEnd('.', ',', ';', ':');
        }

        // Captions open with a time word ("昨日，"): skip clauses too short to say anything.
        foreach (var clause in text.Split(['，', '。', '；', '！', '？', '：'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CharClass.CountCjk(clause) >= 6)
            {
                return Truncate(clause);
            }
        }

        return Truncate(text.TrimEnd('。'));
    }

    private static string Truncate(string text) => text.Length <= MaxCjk ? text : text[..MaxCjk] + "…";
}
