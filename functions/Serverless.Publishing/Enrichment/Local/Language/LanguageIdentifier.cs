using System.Diagnostics;
using Lingua;
using Microsoft.Extensions.Logging;
using LinguaLanguage = Lingua.Language;

namespace Serverless.Publishing.Enrichment.Local.Language;

/// <summary>
/// BCP-47 language of a text with Lingua, restricted to the languages a newsroom here meets (fewer candidates are
/// faster and more accurate). The detector is built once; its models load lazily per language, from the files
/// Serverless.Publishing copies to Lingua/LanguageModels next to the binaries (never from the network).
/// </summary>
internal sealed class LanguageIdentifier
{
    /// <summary>Keep in sync with the Lingua model folders copied by Serverless.Publishing.csproj.</summary>
    private static readonly Dictionary<LinguaLanguage, string> Candidates = new()
    {
        [LinguaLanguage.Chinese] = "zh", [LinguaLanguage.Japanese] = "ja", [LinguaLanguage.Korean] = "ko", [LinguaLanguage.English] = "en", [LinguaLanguage.French] = "fr", [LinguaLanguage.German] = "de", [LinguaLanguage.Spanish] = "es",
        [LinguaLanguage.Portuguese] = "pt", [LinguaLanguage.Italian] = "it", [LinguaLanguage.Dutch] = "nl", [LinguaLanguage.Russian] = "ru", [LinguaLanguage.Vietnamese] = "vi", [LinguaLanguage.Indonesian] = "id",
    };

    // Lingua is accurate on a few hundred characters; longer input only costs time.
    private const int SampleLength = 600;

    private readonly Lazy<LanguageDetector> _detector;

    public LanguageIdentifier(ILogger<LanguageIdentifier> logger) =>
        _detector = new Lazy<LanguageDetector>(() => Build(logger), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Builds the detector and loads the trigram models Latin-script texts of article length need (about a second).</summary>
    public void EnsureLoaded() => _ = _detector.Value.DetectLanguageOf(LatinSample);

    // Over 120 characters, so Lingua decides on trigrams alone, as it will for articles.
    private const string LatinSample =
        "The city council will vote on the new budget next week, the mayor said on Monday after months of debate about the bridge.";

    /// <summary>"zh-Hans", "zh-Hant", "en", ... or "und" when the text has no letters to go by.</summary>
    public string Identify(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var language = _detector.Value.DetectLanguageOf(sample);
        if (language == LinguaLanguage.Chinese)
        {
            return ChineseScriptClassifier.Classify(text);
        }

        return Candidates.TryGetValue(language, out var code) ? code : "und";
    }

    private static LanguageDetector Build(ILogger logger)
    {
        var started = Stopwatch.GetTimestamp();
        var models = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");
        var detector = LanguageDetectorBuilder
            .FromLanguages([.. Candidates.Keys])
            .WithLanguageModelsDirectory(models)
            .Build();
        logger.LogInformation("Lingua detector built in {ElapsedMs} ms for {LanguageCount} languages", Stopwatch.GetElapsedTime(started).TotalMilliseconds, Candidates.Count);
        return detector;
    }
}
