using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting;

namespace Serverless.Publishing.Tests.Cleaning;

/// <summary>
/// Half-width marks between CJK characters: kept as printed by default (they come from extraction, and the text should
/// stay what the page shows), made full-width with <see cref="SplittingOptions.NormalizePunctuationWidth"/>.
/// </summary>
public sealed class PunctuationWidthSpecs
{
    private const string Page = """
        东湖区全面推进老旧小区改造

        本报讯（记者王立新） 5月6日,东湖区召开老旧小区
        改造推进会;今年全区计划改造小区38个。
        """;

    [Theory]
    [InlineData("今年,全区;计划:改造?小区!好", "今年，全区；计划：改造？小区！好")]
    [InlineData("A,B 今年,5月", "A,B 今年,5月")]
    [InlineData(",今年,", ",今年,")]
    public void Normalize_makes_marks_between_two_CJK_characters_full_width(string text, string expected) =>
        Assert.Equal(expected, PunctuationWidth.Normalize(text));

    [Fact]
    public void By_default_the_split_keeps_half_width_marks_as_printed()
    {
        var body = string.Concat(new PageSplitter().Split(Page).Single().Paragraphs);

        Assert.Contains("5月6日,东湖区", body, StringComparison.Ordinal);
        Assert.Contains("推进会;今年", body, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_option_on_the_split_makes_them_full_width()
    {
        var splitter = new PageSplitter(Options.Create(new SplittingOptions { NormalizePunctuationWidth = true }), NullLogger<PageSplitter>.Instance);

        var body = string.Concat(splitter.Split(Page).Single().Paragraphs);

        Assert.Contains("5月6日，东湖区", body, StringComparison.Ordinal);
        Assert.Contains("推进会；今年", body, StringComparison.Ordinal);
    }
}
