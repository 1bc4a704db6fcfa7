using System.Text;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Ingest.Decoding;

namespace Serverless.Publishing.Tests.Ingest;

public sealed class PageDecoderTests
{
    private const string Text = "本报讯（记者付凯明）4月15日，示范区召开会议。\nCouncil opens library.";

    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Text) },
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)] },
        { "UTF-16LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)] },
        { "UTF-16BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)] },
        { "UTF-16LE without BOM", Encoding.Unicode.GetBytes(Text) },
        { "GB18030", Encoding.GetEncoding("GB18030").GetBytes(Text) },
    };

    // Traditional Chinese and Japanese pages, as Taiwanese and Japanese archives store them.
    private const string Traditional = "本報訊（記者王大明）臺北市政府昨日宣布，市立圖書館將延長開放時間。\n館方表示，讀者可於週末借閱書籍。\n市民普遍歡迎這項措施。";
    private const string Japanese = "東京都は二日、新しい図書館の開館時間を発表した。\n利用者は週末にも本を借りることができる。\n市民からは歓迎の声が上がっている。";
    private const string Simplified = "本报讯（记者付凯明）4月15日，示范区召开会议，部署下一阶段工作。\n会议强调，要扛牢政治责任，切实抓好整改。";

    public static TheoryData<string, string, byte[]> LegacyEncodings() => new()
    {
        { "Big5", Traditional, Encoding.GetEncoding("big5").GetBytes(Traditional) },
        { "Shift-JIS", Japanese, Encoding.GetEncoding("shift_jis").GetBytes(Japanese) },
        { "GB18030", Simplified, Encoding.GetEncoding("GB18030").GetBytes(Simplified) },
        { "UTF-16LE CJK without BOM", Simplified, Encoding.Unicode.GetBytes(Simplified) },
        { "UTF-16BE CJK without BOM", Japanese, Encoding.BigEndianUnicode.GetBytes(Japanese) },
    };

    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void Tells_cjk_encodings_apart_by_their_statistics(string name, string text, byte[] bytes) =>
        Assert.True(PageDecoder.Decode(bytes) == text, name);

    [Fact]
    public void A_utf8_page_with_a_few_bad_bytes_is_read_with_a_warning_naming_the_first_offset()
    {
        var good = Encoding.UTF8.GetBytes(Simplified);
        byte[] bytes = [.. good[..30], 0xFF, .. good[30..60], 0xC3, 0x28, .. good[60..]];

        var decoded = PageDecoder.Read(bytes);

        Assert.Equal("UTF-8", decoded.Encoding);
        Assert.Contains("2 invalid UTF-8", Assert.Single(decoded.Warnings));
        Assert.Contains("offset 30", decoded.Warnings[0]);
        Assert.Contains("切实抓好整改", decoded.Text);
    }

    [Fact]
    public void Undecodable_bytes_are_refused_naming_the_utf8_offset_and_every_encoding_tried()
    {
        byte[] bytes = [(byte)'a', (byte)'b', (byte)'c', .. Enumerable.Repeat((byte)0xFF, 40)];

        var error = Assert.Throws<PageRejectedException>(() => PageDecoder.Decode(bytes));

        Assert.Contains("UTF-8 (invalid byte sequence at offset 3)", error.Message);
        Assert.Contains("gb18030", error.Message);
        Assert.Contains("big5", error.Message);
        Assert.Contains("shift_jis", error.Message);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_supported_encodings(string name, byte[] bytes) =>
        Assert.True(PageDecoder.Decode(bytes) == Text, name);

    [Theory]
    [InlineData(new byte[0], "no text")]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09 }, "no text")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xE4, 0xB8 }, "cannot be decoded as UTF-8")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x07, 0x08 }, "not text")]
    public void Rejects_what_is_not_text(byte[] bytes, string reason)
    {
        var error = Assert.Throws<PageRejectedException>(() => PageDecoder.Decode(bytes));
        Assert.Contains(reason, error.Message);
    }
}
