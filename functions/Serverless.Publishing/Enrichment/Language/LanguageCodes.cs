namespace Serverless.Publishing.Enrichment.Language;

/// <summary>Maps the service's detected language names (zh_chs, zh-Hans, ...) to BCP-47 tags.</summary>
public static class LanguageCodes
{
    /// <summary>BCP-47 for "undetermined", for text the service could not identify.</summary>
    public const string Undetermined = "und";

    public static string ToBcp47(DetectedLanguage detected)
    {
        var code = detected.Iso6391Name.Trim().Replace('_', '-');
        if (code.Length == 0 || code.StartsWith('('))
        {
            return Undetermined; // "(Unknown)"
        }

        var lower = code.ToLowerInvariant();
        if (lower == "zh" || lower.StartsWith("zh-", StringComparison.Ordinal))
        {
            return lower switch
            {
                "zh-chs" or "zh-hans" or "zh-cn" or "zh-sg" => "zh-Hans",
                "zh-cht" or "zh-hant" or "zh-tw" or "zh-hk" or "zh-mo" => "zh-Hant",
                _ => string.Equals(detected.ScriptIso15924Code, "Hant", StringComparison.OrdinalIgnoreCase) ? "zh-Hant" : "zh-Hans",
            };
        }

        return lower;
    }
}
