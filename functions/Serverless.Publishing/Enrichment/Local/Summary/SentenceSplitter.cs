using System.Text.RegularExpressions;

namespace Serverless.Publishing.Enrichment.Local.Summary;

/// <summary>Sentences with their offsets: Chinese ends at 。！？ (and a closing quote after them), English at . ! ? before a capital.</summary>
internal static partial class SentenceSplitter
{
    public static IEnumerable<(int Offset, string Text)> Split(string text)
    {
        foreach (Match match in Sentence().Matches(text))
        {
            var sentence = match.Value.Trim();
            if (sentence.Length > 0)
            {
                yield return (match.Index + match.Value.IndexOf(sentence[0]), sentence);
            }
        }
    }

    [GeneratedRegex("""[^\n。！？!?]*?(?:[。！？!?]+[”"’）)]?|(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Inc|Ltd|Co|Jr|Sr|vs|etc))\.(?=\s+[A-Z"“]|\s*$)|(?=\n)|$)""")]
    private static partial Regex Sentence();
}
