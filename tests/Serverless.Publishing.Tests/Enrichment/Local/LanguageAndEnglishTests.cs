using Serverless.Publishing.Enrichment;
using static Serverless.Publishing.Tests.Enrichment.Local.EntityAssertions;

namespace Serverless.Publishing.Tests.Enrichment.Local;

[Collection(LocalAnalyzerCollection.Name)]
public sealed class LanguageAndEnglishTests(LocalAnalyzerFixture fixture)
{
    private const string English = """
        SPRINGFIELD (Reuters) - Mayor Jane Whitfield said on Monday that the city council will vote on a $2.5 million plan to repair the Oak Street Bridge by April 18, 2021.
        The plan, backed by the Springfield Transit Authority, would cut commute times by 15% for about 12,000 residents. "We have waited long enough," Whitfield told reporters in Chicago.
        Work on the bridge over the Green River is expected to take 18 months, and the Ministry of Transport in London has offered technical advice. Engineers at Harvard University warned that the repair budget could rise to $4 billion.
        """;

    [Theory]
    [InlineData("示范区召开生态环境保护督察工作推进会，强调要提高思想认识，扛牢政治责任。", "zh-Hans")]
    [InlineData("香港特別行政區政府今日宣佈，將於明年推出新的房屋政策，為市民提供更多住屋選擇。", "zh-Hant")]
    [InlineData("The city council will vote on the new budget next week, the mayor said.", "en")]
    [InlineData("Le conseil municipal votera le nouveau budget la semaine prochaine, a déclaré le maire.", "fr")]
    public void Language_is_reported_as_bcp47(string text, string expected)
    {
        Assert.Equal(expected, fixture.Analyze(text).Language);
    }

    [Fact]
    public void English_entities_by_category()
    {
        var analysis = fixture.Analyze(English);
        Assert.Equal("en", analysis.Language);
        OffsetsPointAtText(English, analysis.Entities);
        Single(analysis, "Jane Whitfield", "Person");
        Single(analysis, "Whitfield", "Person");
        Single(analysis, "Chicago", "Location");
        Single(analysis, "London", "Location");
        Single(analysis, "Green River", "Location");
        Single(analysis, "Springfield Transit Authority", "Organization");
        Single(analysis, "Ministry of Transport", "Organization");
        Single(analysis, "Harvard University", "Organization");
        Assert.DoesNotContain(analysis.Entities, e => e.Text.StartsWith("Mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void English_dates_and_quantities()
    {
        var analysis = fixture.Analyze(English);
        Assert.Equal("Date", Single(analysis, "April 18, 2021", "DateTime").Subcategory);
        Assert.Equal("Date", Single(analysis, "Monday", "DateTime").Subcategory);
        Assert.Equal("Duration", Single(analysis, "18 months", "DateTime").Subcategory);
        Assert.Equal("Currency", Single(analysis, "$2.5 million", "Quantity").Subcategory);
        Assert.Equal("Currency", Single(analysis, "$4 billion", "Quantity").Subcategory);
        Assert.Equal("Percentage", Single(analysis, "15%", "Quantity").Subcategory);
        Assert.Equal("Number", Single(analysis, "about 12,000", "Quantity").Subcategory);
    }

    [Fact]
    public void English_key_phrases_are_noun_phrases_without_stop_words_at_the_edges()
    {
        var analysis = fixture.Analyze(English);
        Assert.InRange(analysis.KeyPhrases.Count, 5, 10);
        var stopWords = new[] { "the", "a", "of", "and", "on", "said", "will" };
        Assert.All(analysis.KeyPhrases, p =>
        {
            var words = p.Split(' ');
            Assert.DoesNotContain(words[0].ToLowerInvariant(), stopWords);
            Assert.DoesNotContain(words[^1].ToLowerInvariant(), stopWords);
            Assert.False(words[^1].EndsWith("ed", StringComparison.Ordinal), p);
        });
        Assert.Contains("Oak Street Bridge", analysis.KeyPhrases);
        Assert.Contains("city council", analysis.KeyPhrases);
        Assert.DoesNotContain(analysis.KeyPhrases, p => p.Contains("Mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void English_summary_is_sentences_of_the_text_in_order()
    {
        var summary = fixture.Analyze(English).Summary;
        Assert.InRange(summary.Count, 2, 3);
        var positions = summary.Select(s => English.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Concurrent_analyses_agree_with_sequential_ones()
    {
        var documents = Enumerable.Range(0, 16).Select(i => new AnalysisDocument($"{i}", i % 2 == 0 ? English : ChineseSample, "hash")).ToList();
        var sequential = await fixture.Analyzer.AnalyzeAsync(documents, CancellationToken.None);
        var parallel = await Task.WhenAll(documents.Select(d => Task.Run(() => fixture.Analyzer.AnalyzeAsync([d], CancellationToken.None))));
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(sequential[i].Entities, parallel[i][0].Entities);
            Assert.Equal(sequential[i].KeyPhrases, parallel[i][0].KeyPhrases);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("2021 4 18 3000")]
    public void Texts_without_words_get_an_undetermined_language_and_nothing_else(string text)
    {
        var analysis = fixture.Analyze(text);
        Assert.Equal("und", analysis.Language);
        Assert.Empty(analysis.KeyPhrases);
        Assert.Empty(analysis.Entities);
    }

    [Fact]
    public void A_one_sentence_item_is_its_own_summary()
    {
        const string text = "市区今天最高气温达到三十五摄氏度，气象台发布高温预警。";
        Assert.Equal([text], fixture.Analyze(text).Summary);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            fixture.Analyzer.AnalyzeAsync([new AnalysisDocument("1", English, "hash")], new CancellationToken(canceled: true)));
    }

    private const string ChineseSample = "本报讯（记者王晓峰）3月2日上午，市委书记孙建国到洛阳高新区调研，要求加快项目建设，全年完成投资3560万元。孙建国说，要优化营商环境。";
}
