using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Tests.Cleaning;

/// <summary>Hard-wrapped lines in ("|" marks a blank line), paragraphs out ("¶" separates them).</summary>
public sealed class ParagraphBuilderSpecs
{
    [Theory]
    // Column break in the middle of a sentence: joined, no space between CJK characters.
    [InlineData("会议强调，一是提高思想认识，扛|牢政治责任。各级各部门要深刻学习领\n会习近平总书记的重要指示精神。",
        "会议强调，一是提高思想认识，扛牢政治责任。各级各部门要深刻学习领会习近平总书记的重要指示精神。")]
    // A sentence end before a blank line is a paragraph break.
    [InlineData("示范区召开迎接第二轮中央生态环境\n保护督察工作推进会。|区直相关部门主要负责人参\n加会议。",
        "示范区召开迎接第二轮中央生态环境保护督察工作推进会。¶区直相关部门主要负责人参加会议。")]
    // A sentence end on a short line is a paragraph break even without a blank line.
    [InlineData("吕沛仔细观看宣传展板，向工作人\n员详细了解相关内容。\n参观后，吕沛说，安全是发展的\n前提。",
        "吕沛仔细观看宣传展板，向工作人员详细了解相关内容。¶参观后，吕沛说，安全是发展的前提。")]
    // A short line without punctuation is an in-body subhead.
    [InlineData("核心阅读\n老城区供水管网建于上世纪八九十年\n代，管道老化、漏损严重。",
        "核心阅读¶老城区供水管网建于上世纪八九十年代，管道老化、漏损严重。")]
    public void Chinese(string page, string expected) =>
        Assert.Equal(expected, Build(page, PageScript.Cjk));

    [Theory]
    [InlineData("voted 9 to 4 on Tuesday to approve a $40 mill-\nion plan that would add overnight bus service.",
        "voted 9 to 4 on Tuesday to approve a $40 million plan that would add overnight bus service.")]
    [InlineData("Wright connected with receiver Luis Ortega on a 62-\nyard scoring pass early in the third quarter.",
        "Wright connected with receiver Luis Ortega on a 62-yard scoring pass early in the third quarter.")]
    [InlineData("many wearing orange shirts that read \"Keep the|Music Playing.\" Several students performed a\nshort string quartet.",
        "many wearing orange shirts that read \"Keep the Music Playing.\" Several students performed a short string quartet.")]
    [InlineData("Supporters said the plan would help thousands\nof workers.\nOpponents questioned whether ridership would\njustify the cost.",
        "Supporters said the plan would help thousands of workers.¶Opponents questioned whether ridership would justify the cost.")]
    public void English(string page, string expected) =>
        Assert.Equal(expected, Build(page, PageScript.Latin));

    private static string Build(string page, PageScript script)
    {
        var lines = new List<BodyLine>();
        foreach (var block in page.Split('|'))
        {
            var first = true;
            foreach (var line in block.Split('\n'))
            {
                var text = script == PageScript.Cjk ? Despacer.Body(line) : Despacer.Latin(line);
                lines.Add(new BodyLine(text, 0, first && lines.Count > 0));
                first = false;
            }
        }

        return string.Join('¶', ParagraphBuilder.Build(lines, script));
    }
}
