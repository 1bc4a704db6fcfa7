using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Pdf.Articles;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>Datelines and authors of laid-out articles, read from their first body lines and opening paragraph.</summary>
public sealed class ArticleCreditsTests
{
    [Theory]
    [InlineData("By HORACE SMITH", "CAPTAIN GENERAL WEYLER, Spanish Viceroy, drew", "Horace Smith")]
    [InlineData("By ARTHUR CONAN DOYLE and", "SEWELL FORD", "Arthur Conan Doyle|Sewell Ford")]
    public void An_english_byline_names_the_authors(string first, string second, string names)
    {
        var (_, authors) = ArticleCredits.Read([first, second], [first + " " + second], PageScript.Latin);

        Assert.Equal(names.Split('|'), authors);
    }

    [Fact]
    public void A_chinese_dateline_and_its_bracketed_byline()
    {
        string[] lines = ["本报北京5月1日电 （记者李建", "国）国家卫健委日前发布"];

        var (dateline, authors) = ArticleCredits.Read(lines, ["本报北京5月1日电（记者李建国）国家卫健委日前发布"], PageScript.Cjk);

        Assert.Equal("本报北京5月1日电", dateline);
        Assert.Equal(["李建国"], authors);
    }

    [Fact]
    public void A_chinese_byline_on_its_own_line()
    {
        var (_, authors) = ArticleCredits.Read(["本报记者 王比学", "近日，记者来到"], ["本报记者王比学", "近日，记者来到"], PageScript.Cjk);

        Assert.Equal(["王比学"], authors);
    }

    [Fact]
    public void Body_text_names_nobody()
    {
        var (dateline, authors) = ArticleCredits.Read(["早晨上班经过护城河岸，"], ["早晨上班经过护城河岸，在花木交易区"], PageScript.Cjk);

        Assert.Null(dateline);
        Assert.Empty(authors);
    }
}
