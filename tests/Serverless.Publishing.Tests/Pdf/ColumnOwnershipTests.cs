using Serverless.Publishing.Pdf.Articles;
using Serverless.Publishing.Pdf.Layout;
using static Serverless.Publishing.Tests.Pdf.HandSetPage;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>Which article a column of body text belongs to, on small pages set by hand.</summary>
public sealed class ColumnOwnershipTests
{
    [Fact]
    public void A_flush_column_between_two_articles_continues_the_one_on_its_left()
    {
        // A's short title over the first of its two columns; B's over the third
        List<LayoutLine> lines =
        [
            Title("春天的花", 0, 20),
            Title("打春锣", 2, 20),
            .. ColumnText(0, 60, "　　早晨上班经过护城河岸，", "在花木交易区看见鲜花，", "几年前她"),
            .. ColumnText(1, 60, "病在家，大家都很担心她。", "有一天她看见玉兰开花了。"),
            .. ColumnText(2, 60, "　　春天到来的标志是立春，", "老人们称为交春。"),
        ];

        var articles = new LayoutSplitter().Split(Page(lines));

        Assert.Equal(["春天的花", "打春锣"], articles.Select(a => a.Title));
        Assert.Contains("病在家", string.Concat(articles[0].Paragraphs));
        Assert.DoesNotContain("病在家", string.Concat(articles[1].Paragraphs));
    }

    [Fact]
    public void A_column_of_indented_lines_goes_on_with_the_flush_line_under_them()
    {
        // a one-line credit and a paragraph's first line, both indented, then the paragraph's short last line
        List<LayoutLine> lines =
        [
            Title("资讯速递", 0, 20),
            .. ColumnText(0, 60, "　　第一条消息说了一件事。", "就此结束了。"),
            .. ColumnText(1, 60, "　　（冉永平）", "　　第二条消息的标题复", "工", "　　本报电 第二条消息", "说完了第二件事情。"),
            .. ColumnText(2, 60, "第二条消息在此结束。"),
        ];

        var articles = new LayoutSplitter().Split(Page(lines));

        var article = Assert.Single(articles);
        Assert.EndsWith("（冉永平）第二条消息的标题复工本报电第二条消息说完了第二件事情。第二条消息在此结束。", string.Concat(article.Paragraphs));
    }
}
