using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Enrichment.Local;

/// <summary>Offline analyzer used when no Language endpoint is configured.</summary>
public sealed class LocalTextAnalyzer : ITextAnalyzer
{
    public const string Provider = "local";

    public Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken)
    {
        IReadOnlyList<TextAnalysis> results = documents.Select(d => new TextAnalysis(
            DetectLanguage(d.Text), [], [], null, [], new AnalysisInfo(Provider, "0"))).ToList();
        return Task.FromResult(results);
    }

    private static string DetectLanguage(string text)
    {
        var cjk = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        var latin = text.Count(char.IsAsciiLetter);
        return cjk > latin / 3 ? "zh-Hans" : "en";
    }
}
