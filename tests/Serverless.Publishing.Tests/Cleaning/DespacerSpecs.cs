using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Tests.Cleaning;

/// <summary>Spacing as printed → spacing as it should read.</summary>
public sealed class DespacerSpecs
{
    [Theory]
    [InlineData("今 年 ， 示 范 区 工 委 组 织 部", "今年，示范区工委组织部")]
    [InlineData("示范区 （高新区） 党工委书", "示范区（高新区）党工委书")]
    [InlineData(" 本报讯 （记者郭树勋） 4 月 18 日上", "本报讯（记者郭树勋）4月18日上")]
    [InlineData("吸引研发团队和相关企业 80 余家入驻", "吸引研发团队和相关企业80余家入驻")]
    [InlineData("本报记者 杨 帆 摄", "本报记者杨帆摄")]
    [InlineData("使用 5G 网络和 Wi Fi 设备", "使用5G网络和Wi Fi设备")]
    [InlineData("no   change  in   Latin", "no change in Latin")]
    [InlineData("都市晨报 2 0 2 1 年 5 月 1 2 日", "都市晨报2021年5月12日")]
    [InlineData("加装电梯4 1 2部，补贴2 0万元，1 3日至15日", "加装电梯412部，补贴20万元，13日至15日")]
    [InlineData("热线 0371 6666 8888", "热线0371 6666 8888")]
    public void Body_text_loses_every_space_next_to_CJK(string printed, string expected) =>
        Assert.Equal(expected, Despacer.Body(printed));

    [Theory]
    [InlineData("扛牢政治责任 切实抓好整改", "扛牢政治责任 切实抓好整改")]
    [InlineData("吕 沛 检 查 督 导 生 态 环 保 工 作", "吕沛检查督导生态环保工作")]
    [InlineData("中商 （威海） 控股集团", "中商（威海）控股集团")]
    [InlineData("本报记者 杨 帆", "本报记者杨帆")]
    [InlineData("2021 年经济工作会议", "2021年经济工作会议")]
    [InlineData("COUNCIL  BACKS $40 MILLION", "COUNCIL BACKS $40 MILLION")]
    public void Headlines_keep_spaces_between_parallel_phrases_only(string printed, string expected) =>
        Assert.Equal(expected, Despacer.Headline(printed));

    [Theory]
    [InlineData("The Oakridge Public Library will .", "The Oakridge Public Library will")]
    [InlineData("By TONY RUSSO ~", "By TONY RUSSO")]
    [InlineData("could not visit before closing time they|", "could not visit before closing time they")]
    [InlineData("justified   text   spreads  words", "justified text spreads words")]
    public void Rules_read_latin_lines_without_justification_and_ocr_marks(string printed, string expected) =>
        Assert.Equal(expected, Despacer.LatinSignal(printed));

    [Fact]
    public void Published_latin_text_keeps_ocr_marks_which_may_be_text() =>
        Assert.Equal("By TONY RUSSO ~", Despacer.Latin("By  TONY   RUSSO ~"));
}
