using static Serverless.Publishing.Tests.Enrichment.Local.EntityAssertions;

namespace Serverless.Publishing.Tests.Enrichment.Local;

/// <summary>Each Chinese rule on small invented texts (names and places not from the sample page).</summary>
[Collection(LocalAnalyzerCollection.Name)]
public sealed class ChineseRulesTests(LocalAnalyzerFixture fixture)
{
    [Theory]
    [InlineData("会议于2022年3月5日召开。", "2022年3月5日", "Date")]
    [InlineData("3月7日上午，代表团抵达。", "3月7日上午", "Date")]
    [InlineData("该项目2023年开工建设。", "2023年", "DateRange")]
    [InlineData("该单位获2019年度先进称号。", "2019年度", "DateRange")]
    [InlineData("9月是全国第30个爱牙月。", "9月", "DateRange")]
    [InlineData("工程历时18个月完成。", "18个月", "Duration")]
    public void Dates(string text, string expected, string subcategory)
    {
        var entity = Single(fixture.Analyze(text), expected, "DateTime");
        Assert.Equal(subcategory, entity.Subcategory);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), entity.Offset);
    }

    [Theory]
    [InlineData("全年完成投资3560万元，同比增长。", "3560万元", "Currency")]
    [InlineData("累计投入资金500余万元用于改造。", "500余万元", "Currency")]
    [InlineData("为2345名职工追回工资。", "2345名", "Number")]
    [InlineData("吸引60余家企业入驻。", "60余家", "Number")]
    [InlineData("发放传单2000多张。", "2000多张", "Number")]
    [InlineData("发病率下降了27%。", "27%", "Percentage")]
    [InlineData("新修道路30余公里。", "30余公里", "Dimension")]
    [InlineData("这是第五届博览会。", "第五届", "Ordinal")]
    [InlineData("指数比上月下降0.7个百分点。", "0.7个百分点", "Percentage")]
    public void Quantities(string text, string expected, string subcategory)
    {
        var entity = Single(fixture.Analyze(text), expected, "Quantity");
        Assert.Equal(subcategory, entity.Subcategory);
    }

    [Fact]
    public void Reporters_in_bylines_are_people()
    {
        const string text = "本报讯（记者王晓峰 通讯员陈丽）3月2日，全市春季植树活动在城东公园举行，干部群众一起种下树苗。";
        var analysis = fixture.Analyze(text);
        Single(analysis, "王晓峰", "Person");
        Single(analysis, "陈丽", "Person");
        Assert.DoesNotContain(analysis.Entities, e => e.Category == "Person" && e.Text.Contains("通讯员"));
    }

    [Fact]
    public void Titles_introduce_names_without_swallowing_them()
    {
        const string text = "市委常委、宣传部部长孙建国主持会议。县政府副县长欧阳明月表示，要抓好落实。公司董事长韩立新说，企业将扩大生产。";
        var analysis = fixture.Analyze(text);
        Single(analysis, "孙建国", "Person");
        Single(analysis, "欧阳明月", "Person");
        Single(analysis, "韩立新", "Person");
        Assert.DoesNotContain(analysis.Entities, e => e.Category == "Person" && (e.Text.Contains("部长") || e.Text.Contains("县长") || e.Text.Contains("董事长")));
    }

    [Fact]
    public void Nouns_built_like_titles_introduce_names_but_groups_of_people_do_not()
    {
        var analysis = fixture.Analyze("研究中心高级分析师钱志远表示，市场需求有所回落。工作人员向过往群众发放传单，党员向群众宣讲政策。");
        Assert.Equal(["钱志远"], analysis.Entities.Where(e => e.Category == "Person").Select(e => e.Text));
    }

    [Fact]
    public void Lists_of_officials_after_a_group_word_are_people()
    {
        const string text = "开发区领导班子召开会议，区领导孟庆华、侯建军、姜海、罗志远参加会议。";
        var analysis = fixture.Analyze(text);
        foreach (var name in new[] { "孟庆华", "侯建军", "姜海", "罗志远" })
        {
            Single(analysis, name, "Person");
        }
    }

    [Fact]
    public void Later_mentions_of_a_named_person_are_people_too()
    {
        const string text = "县委书记邓国栋到乡里调研。邓国栋说，要把群众的事办好。";
        var persons = fixture.Analyze(text).Entities.Where(e => e.Category == "Person").ToList();
        Assert.Equal(2, persons.Count(p => p.Text == "邓国栋"));
    }

    [Fact]
    public void Offices_slogans_and_zones_are_not_people()
    {
        const string text = "高新区党工委、管委会召开会议，部署“白改黑”道路改造和文明城市创建工作，各乡镇（街道）负责人参加。";
        var analysis = fixture.Analyze(text);
        Assert.DoesNotContain(analysis.Entities, e => e.Category == "Person");
    }

    [Fact]
    public void Places_and_organisations()
    {
        const string text = "洛阳市一家企业与郑州大学签订合作协议，该市开放招商局负责对接。苏州工业园区多家企业参加。";
        var analysis = fixture.Analyze(text);
        Assert.Contains(analysis.Entities, e => e.Category == "Location" && e.Text.StartsWith("洛阳", StringComparison.Ordinal));
        Single(analysis, "郑州大学", "Organization");
    }

    [Fact]
    public void Generic_words_before_an_organisation_head_name_no_organisation()
    {
        var analysis = fixture.Analyze("该集团有三级子公司9家、全资子公司3家，辖区医院和地方政府给予支持。");
        Assert.DoesNotContain(analysis.Entities, e => e.Category == "Organization");
    }

    [Fact]
    public void Offsets_count_utf16_code_units_including_surrogate_pairs()
    {
        // 𠀀 is one character outside the BMP: two UTF-16 code units.
        const string text = "𠀀𠀀记者张明远报道：\n2024年5月1日，当地发放补贴1200万元。";
        var analysis = fixture.Analyze(text);
        OffsetsPointAtText(text, analysis.Entities);
        Assert.Equal(text.IndexOf("1200万元", StringComparison.Ordinal), Single(analysis, "1200万元", "Quantity").Offset);
        Assert.Equal(6, Single(analysis, "张明远", "Person").Offset);
    }

    [Fact]
    public void Key_phrases_are_5_to_10_phrases_never_stop_words_or_single_characters()
    {
        const string text = """
            本报讯 近日，市生态环境局召开大气污染防治工作会议，部署夏季臭氧污染防治工作。会议指出，臭氧污染已成为影响空气质量的重要因素，各县区要加强挥发性有机物治理，强化重点企业监管。
            会议要求，要开展工业企业挥发性有机物排查整治，推进重点行业深度治理；加强机动车尾气监管，严查超标排放车辆；强化扬尘污染管控，落实施工工地扬尘治理措施。
            会议强调，各部门要压实责任，加强协作，确保空气质量持续改善，让群众享受更多蓝天白云。
            """;
        var analysis = fixture.Analyze(text);
        Assert.InRange(analysis.KeyPhrases.Count, 5, 10);
        Assert.All(analysis.KeyPhrases, p =>
        {
            Assert.True(p.Length > 1);
            Assert.DoesNotContain(p, fixture.ChineseStopWords);
        });
        Assert.Contains(analysis.KeyPhrases, p => p.Contains("挥发性有机物") || p.Contains("臭氧"));
    }

    [Fact]
    public void Summary_is_central_sentences_in_order_and_sentiment_is_not_reported()
    {
        const string text = "市里召开防汛工作会议。会议要求做好防汛准备。各地要排查防汛隐患。天气晴好。防汛物资要提前储备到位。会议还通报了防汛演练情况。";
        var analysis = fixture.Analyze(text);
        Assert.InRange(analysis.Summary.Count, 2, 3);
        Assert.DoesNotContain("天气晴好。", analysis.Summary);
        Assert.Null(analysis.Sentiment);
        Assert.Equal("local", analysis.Analysis.Provider);
    }
}
