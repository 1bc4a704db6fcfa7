using Serverless.Publishing.Enrichment.Local.Summary;
using Serverless.Publishing.Enrichment.Local.Text;

namespace Serverless.Publishing.Enrichment.Local.English;

/// <summary>Entities, key phrases and summary of an English text.</summary>
internal sealed class EnglishTextAnalyzer
{
    private readonly EnglishLexicon _lexicon = EnglishLexicon.Instance;
    private readonly EnglishEntityRecognizer _entities = new(EnglishLexicon.Instance);
    private readonly EnglishKeyPhraseExtractor _keyPhrases = new(EnglishLexicon.Instance);

    public LanguageAnalysis Analyze(string text)
    {
        var words = EnglishWords.Split(text);
        var candidates = EnglishNumericRules.Find(text).Concat(_entities.Find(text, words));
        var entities = EntityResolver.Resolve(text, candidates);
        var keyPhrases = _keyPhrases.Extract(words, LanguageAnalysis.KeyPhraseCount(text.Length / 6));
        return new LanguageAnalysis(keyPhrases, entities, Summarize(text));
    }

    private IReadOnlyList<string> Summarize(string text) =>
        ExtractiveSummarizer.Summarize(SentenceSplitter.Split(text)
            .Where(s => s.Text.Length >= 20)
            .Select(s => (s.Text, (IReadOnlySet<string>)EnglishWords.Split(s.Text)
                .Select(w => w.Text.ToLowerInvariant())
                .Where(w => w.Length > 2 && !_lexicon.StopWords.Contains(w))
                .ToHashSet(StringComparer.Ordinal)))
            .ToList());
}
