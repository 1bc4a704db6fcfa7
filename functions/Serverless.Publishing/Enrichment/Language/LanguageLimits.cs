namespace Serverless.Publishing.Enrichment.Language;

/// <summary>The service's documented data limits; over them a request gets HTTP 400 or a per-document error.</summary>
public static class LanguageLimits
{
    /// <summary>A synchronous document, counted as <see cref="System.Globalization.StringInfo"/> text elements.</summary>
    public const int MaxTextElements = 5_120;

    /// <summary>A request body; "1 MB" read as the smaller 10^6 bytes.</summary>
    public const int MaxRequestBytes = 1_000_000;

    public const int MaxJobDocuments = 25;

    /// <summary>All documents of one analyze-text job together.</summary>
    public const int MaxJobTextElements = 125_000;

    public static int MaxDocuments(string kind) => kind switch
    {
        AnalyzeTextKinds.LanguageDetection => 1_000,
        AnalyzeTextKinds.KeyPhraseExtraction => 10,
        AnalyzeTextKinds.SentimentAnalysis => 10,
        AnalyzeTextKinds.EntityRecognition => 5,
        AnalyzeTextKinds.ExtractiveSummarization or AnalyzeTextKinds.AbstractiveSummarization => MaxJobDocuments,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown analyze-text kind."),
    };
}

public static class AnalyzeTextKinds
{
    public const string LanguageDetection = "LanguageDetection";
    public const string KeyPhraseExtraction = "KeyPhraseExtraction";
    public const string EntityRecognition = "EntityRecognition";
    public const string SentimentAnalysis = "SentimentAnalysis";
    public const string ExtractiveSummarization = "ExtractiveSummarization";
    public const string AbstractiveSummarization = "AbstractiveSummarization";
}
