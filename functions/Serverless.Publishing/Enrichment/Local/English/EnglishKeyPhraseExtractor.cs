namespace Serverless.Publishing.Enrichment.Local.English;

/// <summary>
/// RAKE (Rose et al., 2010): stop words and punctuation split the text into candidate phrases; a word scores its
/// co-occurrence degree over its frequency, a phrase the sum of its words. Phrases of one to four words, no numbers,
/// no stop words and no -ed/-ing verb forms at either end, never a single character.
/// Equal scores go to the phrase seen first: news puts what matters early.
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

            // Titles (Mayor, Dr.) separate phrases too: "Mayor Jane Whitfield" is a person, not a topic.
            if (lexicon.StopWords.Contains(word.Text) || lexicon.Titles.Contains(word.Text) || word.Text.Any(char.IsDigit) || word.Text.Length < 2)
            {
                Flush();
                continue;
            }

            current.Add(word);
        }

        Flush();

        void Flush()
        {
            // Without a tagger, lower-case -ed/-ing words at a phrase's edge are mostly verbs ("warned", "offered").
            while (current.Count > 0 && IsVerbLike(current[^1]))
            {
                current.RemoveAt(current.Count - 1);
            }

            while (current.Count > 0 && IsVerbLike(current[0]))
            {
                current.RemoveAt(0);
            }

            if (current.Count is > 0 and <= MaxWords)
            {
                phrases.Add(current);
            }

            current = [];
        }

        static bool IsVerbLike(EnglishWord word) =>
            word.Text.Length > 4 && char.IsLower(word.Text[0]) && (word.Text.EndsWith("ed", StringComparison.Ordinal) || word.Text.EndsWith("ing", StringComparison.Ordinal));

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
            .Select((p, index) => (Text: string.Join(' ', p.Select(w => w.Text)), Index: index))
            .GroupBy(p => p.Text, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Phrase: g.First().Text, First: g.First().Index, Score: g.Key.Split(' ').Sum(w => (double)degree[w] / frequency[w]) * (1 + 0.2 * (g.Count() - 1))))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.First)
            .Select(p => p.Phrase)
            .Take(count)
            .ToList();
    }
}
