using System.Text;
using Serverless.Publishing.Ingest;

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
