namespace Serverless.Publishing.Enrichment.Local.English;

/// <summary>
/// RAKE (Rose et al., 2010): stop words and punctuation split the text into candidate phrases; a word scores its
/// co-occurrence degree over its frequency, a phrase the sum of its words. Phrases of one to four words, no numbers,
/// no stop words at either end, never a single character.
/// </summary>
internal sealed class EnglishKeyPhraseExtractor(EnglishLexicon lexicon)
{
    private const int MaxWords = 4;

    public IReadOnlyList<string> Extract(IReadOnlyList<EnglishWord> words, int count)
    {
        var phrases = new List<List<EnglishWord>>();
        var current = new List<EnglishWord>();
        foreach (var word in words)
        {
            if (word.Gap.Trim().Length > 0 || word.Gap.Contains('\n'))
            {
                Flush();
            }

            if (lexicon.StopWords.Contains(word.Text) || word.Text.Any(char.IsDigit) || word.Text.Length < 2)
            {
                Flush();
                continue;
            }

            current.Add(word);
        }

        Flush();

        void Flush()
        {
            if (current.Count is > 0 and <= MaxWords)
            {
                phrases.Add(current);
            }

            current = [];
        }

        var frequency = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var degree = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            foreach (var word in phrase)
            {
                frequency[word.Text] = frequency.GetValueOrDefault(word.Text) + 1;
                degree[word.Text] = degree.GetValueOrDefault(word.Text) + phrase.Count;
            }
        }

        return phrases
            .Select(p => string.Join(' ', p.Select(w => w.Text)))
            .GroupBy(p => p, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Phrase: g.First(), Score: g.First().Split(' ').Sum(w => (double)degree[w] / frequency[w]) * (1 + 0.2 * (g.Count() - 1))))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Phrase, StringComparer.Ordinal)
            .Select(p => p.Phrase)
            .Take(count)
            .ToList();
    }
}
