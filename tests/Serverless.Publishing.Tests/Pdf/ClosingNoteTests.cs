using Serverless.Publishing.Pdf.Articles;
using static Serverless.Publishing.Tests.Pdf.HandSetPage;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>An author's note closing a Chinese article: set right it is a note, set as a paragraph it is body.</summary>
public sealed class ClosingNoteTests
{
    private static readonly string[] Story = ["　　疫情防控的经验将凝", "结为社会发展的有益养", "分。"];

    [Fact]
    public void A_right_set_attribution_is_a_note_though_its_last_line_nearly_fills_the_column()
    {
        var page = Page([
            Title("新论", 0, 20),
            .. ColumnText(0, 60, Story),
            .. ColumnText(0, 60 + 3 * Pitch, "　　（作者为南开大学政"),
            Line("府管理学院教授）", Left(0) + 15, Left(0) + Column, 60 + 4 * Pitch),
        ]);

        var article = Assert.Single(new LayoutSplitter().Split(page));

        Assert.Equal(["（作者为南开大学政府管理学院教授）"], article.Notes);
        Assert.Equal("疫情防控的经验将凝结为社会发展的有益养分。", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void An_attribution_set_as_a_paragraph_is_body()
    {
        var page = Page([
            Title("新论", 0, 20),
            .. ColumnText(0, 60, Story),
            .. ColumnText(0, 60 + 3 * Pitch, "　　（作者为南开大学政", "府管理学院教授博导）"),
        ]);

        var article = Assert.Single(new LayoutSplitter().Split(page));

        Assert.Empty(article.Notes);
        Assert.Equal(["疫情防控的经验将凝结为社会发展的有益养分。", "（作者为南开大学政府管理学院教授博导）"], article.Paragraphs);
    }
}
