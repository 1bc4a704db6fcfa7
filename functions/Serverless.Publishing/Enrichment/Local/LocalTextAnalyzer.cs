using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment.Local.Chinese;
using Serverless.Publishing.Enrichment.Local.English;
using Serverless.Publishing.Enrichment.Local.Language;

namespace Serverless.Publishing.Enrichment.Local;

/// <summary>
/// Offline analyzer used when no Language endpoint is configured: Lingua for the language, jieba.NET and rules for
/// Chinese, capitalisation, a gazetteer and RAKE for English, TextRank for the summary. Models load once, on first use.
/// Sentiment is not reported (null): a word lexicon cannot tell the tone of official news reliably (see docs).
/// Texts in other languages get their language and a summary only.
/// </summary>
public sealed class LocalTextAnalyzer : ITextAnalyzer
{
    public const string Provider = "local";

    /// <summary>Changes whenever rules or lexicons change, so cached results are recomputed.</summary>
    public const string ModelVersion = "2026-11-28";

    private readonly LanguageIdentifier _languages;
    private readonly ChineseTextAnalyzer _chinese;
    private readonly EnglishTextAnalyzer _english;

    internal LocalTextAnalyzer(LanguageIdentifier languages, ChineseTextAnalyzer chinese, EnglishTextAnalyzer english)
    {
        _languages = languages;
        _chinese = chinese;
        _english = english;
    }

    public Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken)
    {
        var results = new List<TextAnalysis>(documents.Count);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(Analyze(document));
        }

        return Task.FromResult<IReadOnlyList<TextAnalysis>>(results);
    }

    /// <summary>Loads the language detector and the Chinese dictionaries now rather than on the first article.</summary>
    public void WarmUp()
    {
        _languages.EnsureLoaded();
        _chinese.EnsureLoaded();
    }

    internal TextAnalysis Analyze(AnalysisDocument document)
    {
        var language = _languages.Identify(document.Text);
        var analysis = language switch
        {
            "zh-Hans" or "zh-Hant" => _chinese.Analyze(document.Text, document.Title),
            "en" => _english.Analyze(document.Text),
            _ => LanguageAnalysis.Empty,
        };

        return new TextAnalysis(language, analysis.KeyPhrases, analysis.Entities, Sentiment: null, analysis.Summary, new AnalysisInfo(Provider, ModelVersion));
    }
}
