using Serverless.Publishing.Enrichment.Local.Summary;
using Serverless.Publishing.Enrichment.Local.Text;

namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>Entities, key phrases and summary of a Chinese text from one jieba segmentation.</summary>
internal sealed class ChineseTextAnalyzer(ChineseSegmenter segmenter)
{
    private readonly ChinesePersonFinder _people = new(ChineseNameLexicon.Instance);
    private readonly ChineseKeyPhraseExtractor _keyPhrases = new(segmenter);

    public void EnsureLoaded() => segmenter.EnsureLoaded();

    public LanguageAnalysis Analyze(string text, string? title)
    {
        var tokens = segmenter.Tokenize(text);
        var candidates = ChineseNumericRules.Find(text)
            .Concat(_people.Find(text, tokens))
            .Concat(ChinesePlaceAndOrganizationFinder.Find(tokens, segmenter.Places));
        var entities = EntityResolver.Resolve(text, candidates);
        var people = entities.Where(e => e.Category == EntityCategories.Person).Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var keyPhrases = _keyPhrases.Extract(text, tokens, people, title, LanguageAnalysis.KeyPhraseCount(text.Length));
        return new LanguageAnalysis(keyPhrases, entities, Summarize(text, tokens));
    }

    private IReadOnlyList<string> Summarize(string text, IReadOnlyList<ChineseToken> tokens)
    {
        var sentences = SentenceSplitter.Split(text).Where(s => s.Text.Length >= 6).ToList();
        var words = sentences.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        var index = 0;
        foreach (var token in tokens)
        {
            while (index < sentences.Count && token.Offset >= sentences[index].Offset + sentences[index].Text.Length)
            {
                index++;
            }

            if (index == sentences.Count)
            {
                break;
            }

            if (token.Offset >= sentences[index].Offset && token.Word.Length >= 2 && token.Tag[0] is 'n' or 'v' && !segmenter.StopWords.Contains(token.Word))
            {
                words[index].Add(token.Word);
            }
        }

        return ExtractiveSummarizer.Summarize(sentences.Select((s, i) => (s.Text, (IReadOnlySet<string>)words[i])).ToList());
    }
}
