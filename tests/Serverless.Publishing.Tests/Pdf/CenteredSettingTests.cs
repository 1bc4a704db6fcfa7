using Serverless.Publishing.Pdf.Articles;
using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>An advert is set centred under a display line; an article's body is flush left.</summary>
public sealed class CenteredSettingTests
{
    private static readonly LayoutLine Slogan = Line(100, 400, 18);

    [Fact]
    public void Lines_of_differing_width_on_one_axis_are_an_advert()
    {
        List<LayoutLine> body = [Line(210, 290), Line(212, 288), Line(205, 295), Line(220, 280)];

        Assert.True(CenteredSetting.IsCentered(body, [Slogan]));
    }

    [Fact]
    public void Two_centred_lines_under_a_slogan_are_an_advert()
    {
        List<LayoutLine> body = [Line(209, 291), Line(198, 302)];

        Assert.True(CenteredSetting.IsCentered(body, [Slogan]));
    }

    [Fact]
    public void Centred_lines_of_nearly_one_width_are_an_advert()
    {
        List<LayoutLine> body = [Line(193, 307), Line(194, 306), Line(191, 309), Line(193.5, 306.5)];

        Assert.True(CenteredSetting.IsCentered(body, [Slogan]));
    }

    [Fact]
    public void A_justified_block_is_not_an_advert()
    {
        List<LayoutLine> body = [Line(200, 300), Line(200, 300), Line(200, 300), Line(200, 300)];

        Assert.False(CenteredSetting.IsCentered(body, [Slogan]));
    }

    [Fact]
    public void Ragged_right_body_is_not_an_advert()
    {
        List<LayoutLine> body = [Line(200, 300), Line(200, 280), Line(200, 295), Line(200, 260)];

        Assert.False(CenteredSetting.IsCentered(body, [Slogan]));
    }

    private static LayoutLine Line(double left, double right, double size = 10) =>
        new("text", left, right, 0, size, size, false, false);
}
