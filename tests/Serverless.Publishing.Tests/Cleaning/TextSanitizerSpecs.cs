using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Tests.Cleaning;

public sealed class TextSanitizerSpecs
{
    [Theory]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("示范区\u0001\u0008工委", "示范区工委")]
    [InlineData("\ufeff标题\u200b", "标题")]
    [InlineData("全角\u3000空格\t制表", "全角 空格 制表")]
    [InlineData("keeps 😀 pairs", "keeps 😀 pairs")]
    [InlineData("keeps 👩\u200d💻 joined", "keeps 👩\u200d💻 joined")]
    [InlineData("no\ufffeuffff", "nouffff")]
    public void Leaves_one_newline_convention_and_only_xml_valid_characters(string input, string expected) =>
        Assert.Equal(expected, TextSanitizer.Sanitize(input));

    [Fact]
    public void Drops_lone_surrogates() => Assert.Equal("badsurrogate", TextSanitizer.Sanitize("bad\ud800surro\udc00gate"));

    [Fact]
    public void Output_is_valid_xml_text_for_any_input()
    {
        var everything = new string(Enumerable.Range(0, 0x10000).Select(i => (char)i).ToArray());
        var clean = TextSanitizer.Sanitize(everything);
        System.Xml.XmlConvert.VerifyXmlChars(clean);
    }
}
