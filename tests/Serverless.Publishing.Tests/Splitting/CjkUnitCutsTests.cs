using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Tests.Splitting;

/// <summary>Where the reader cuts a page without blank lines into units, before roles and attachment.</summary>
public sealed class CjkUnitCutsTests
{
    [Fact]
    public void A_dash_subtitle_closes_the_headline_printed_after_the_last_sentence_of_the_story_before()
    {
        const string page = """
            本报讯（记者许文静）11月25日，
            县委常委会召开会议，专题研究部
            署冬季安全生产工作。
            红旗镇：小小葡萄串起致富路
            ——记种植大户郭长青
            郭长青的葡萄园在红旗镇西岭村的
            山坡上，今年亩产达到两千斤。
            """;

        var units = Units(page);

        // The title (with its colon) and the subtitle are one unit, apart from both stories.
        Assert.Equal("本报讯（记者许文静）11月25日，县委常委会召开会议，专题研究部署冬季安全生产工作。", units[0]);
        Assert.Equal("红旗镇：小小葡萄串起致富路——记种植大户郭长青", units[1]);
        Assert.StartsWith("郭长青的葡萄园", units[2], StringComparison.Ordinal);
    }

    private static List<string> Units(string page)
    {
        var text = TextSanitizer.Sanitize(page);
        var lines = PageLine.Read(text);
        var profile = PageProfile.Of(lines, ScriptDetector.Detect(text));
        return UnitReader.Read(lines, FurnitureRules.Find(lines), profile).Select(u => u.Compact).ToList();
    }
}
