using Serverless.Publishing.Enrichment.Language;

namespace Serverless.Publishing.Tests.Enrichment.Language;

public sealed class LanguageCodesTests
{
    [Theory]
    [InlineData("zh_chs", null, "zh-Hans")]
    [InlineData("zh-Hans", null, "zh-Hans")]
    [InlineData("zh_cht", null, "zh-Hant")]
    [InlineData("zh-Hant", null, "zh-Hant")]
    [InlineData("zh", "Hant", "zh-Hant")]
    [InlineData("zh", "Hans", "zh-Hans")]
    [InlineData("en", "Latn", "en")]
    [InlineData("FR", null, "fr")]
    [InlineData("(Unknown)", null, "und")]
    public void Detected_names_become_BCP47(string iso6391Name, string? script, string expected) =>
        Assert.Equal(expected, LanguageCodes.ToBcp47(new DetectedLanguage("any", iso6391Name, 1) { ScriptIso15924Code = script }));
}
