namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>
/// TF-IDF over nouns (jieba's IDF table), plus compounds of adjacent nouns (verbs allowed inside) seen at least twice (生态环境 + 保护 + 督察),
/// so that phrases read like Azure's rather than single words. Stop words, single characters, numbers and people
/// are never key phrases; a word that only occurs inside a chosen compound is dropped for it.
/// </summary>
internal sealed class ChineseKeyPhraseExtractor(ChineseSegmenter segmenter)
{
    private const int MaxCompoundTokens = 4;
    private const int MaxCompoundLength = 10;

    public IReadOnlyList<string> Extract(string text, IReadOnlyList<ChineseToken> tokens, IReadOnlySet<string> people, string? title, int count)
    {
        var stopWords = segmenter.StopWords;
        bool Usable(ChineseToken t) =>
            t.IsNoun && t.Word.Length >= 2 && !stopWords.Contains(t.Word) && !people.Contains(t.Word) && t.Word.All(ChinesePersonFinder.IsHanChar);

        bool InnerVerb(ChineseToken t) => t.Tag == "v" && t.Word.Length >= 2 && !stopWords.Contains(t.Word);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Usable(tokens[i]))
            {
                continue;
            }

            Add(tokens[i].Word, [tokens[i].Word]);
            var run = new List<string> { tokens[i].Word };
            for (var j = i + 1; j < tokens.Count && run.Count < MaxCompoundTokens && tokens[j].Offset == tokens[j - 1].End && (Usable(tokens[j]) || InnerVerb(tokens[j])); j++)
            {
                run.Add(tokens[j].Word);
                var compound = string.Concat(run);
                if (compound.Length > MaxCompoundLength)
                {
                    break;
                }

                // A compound ends in a noun: 生态环境|保护|督察, not 生态环境|保护.
                if (Usable(tokens[j]))
                {
                    Add(compound, [.. run]);
                }
            }
        }

        void Add(string phrase, string[] words)
        {
            counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
            parts.TryAdd(phrase, words);
        }

        var scored = counts
            .Where(kv => parts[kv.Key].Length == 1 || kv.Value >= 2)
            .Select(kv => (Phrase: kv.Key, Count: kv.Value, Score: Score(kv.Key, kv.Value, parts[kv.Key], title)))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Phrase, StringComparer.Ordinal)
            .ToList();

        var chosen = new List<(string Phrase, int Count)>();
        foreach (var candidate in scored)
        {
            if (chosen.Count == count)
            {
                break;
            }

            // Prefer the longer phrase when a word is only ever seen inside it.
            if (chosen.Any(c => c.Phrase.Contains(candidate.Phrase, StringComparison.Ordinal) && c.Count >= candidate.Count))
            {
                continue;
            }

            chosen.RemoveAll(c => candidate.Phrase.Contains(c.Phrase, StringComparison.Ordinal) && candidate.Count >= c.Count);
            chosen.Add((candidate.Phrase, candidate.Count));
        }

        return chosen.Select(c => c.Phrase).ToList();
    }

    private double Score(string phrase, int count, string[] words, string? title)
    {
        var idf = words.Average(w => segmenter.Idf[w]);
        var score = count * idf * (1 + 0.5 * (words.Length - 1));
        return title is not null && title.Contains(phrase, StringComparison.Ordinal) ? score * 1.5 : score;
    }
}
