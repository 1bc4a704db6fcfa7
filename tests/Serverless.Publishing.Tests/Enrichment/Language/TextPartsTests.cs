using System.Globalization;
using Serverless.Publishing.Enrichment.Language;

namespace Serverless.Publishing.Tests.Enrichment.Language;

public sealed class TextPartsTests
{
    [Fact]
    public void Text_within_the_limit_is_one_part()
    {
        var parts = TextParts.Split("本报讯（记者付凯明）4月15日，会议召开。");

        Assert.Equal([new TextPart(0, "本报讯（记者付凯明）4月15日，会议召开。")], parts);
    }

    [Fact]
    public void Long_Chinese_text_is_cut_after_sentence_ends_into_parts_that_cover_it_exactly()
    {
        var sentences = Enumerable.Range(0, 500).Select(i => i % 7 == 0 ? $"他说：“第{i}项工作已经完成。”" : $"第{i}项工作正在推进，进展顺利。");
        var text = string.Concat(sentences);

        var parts = TextParts.Split(text);

        Assert.True(parts.Count >= 2);
        AssertCovers(text, parts);
        Assert.All(parts, p => Assert.InRange(new StringInfo(p.Text).LengthInTextElements, 1, LanguageLimits.MaxTextElements));
        Assert.All(parts.SkipLast(1), p => Assert.True(p.Text.EndsWith('。') || p.Text.EndsWith("。”", StringComparison.Ordinal), $"Part ends with '{p.Text[^3..]}'."));
        // Greedy: a part is only cut short by the length of one sentence.
        Assert.All(parts.SkipLast(1), p => Assert.True(p.Text.Length > LanguageLimits.MaxTextElements - 30));
    }

    [Fact]
    public void Parts_are_counted_in_text_elements_and_never_split_one()
    {
        var text = string.Concat(Enumerable.Repeat("e\u0301👍🏽 ", 2000)); // 3 text elements, 7 UTF-16 units each time

        var parts = TextParts.Split(text);

        AssertCovers(text, parts);
        Assert.All(parts, p => Assert.True(new StringInfo(p.Text).LengthInTextElements <= LanguageLimits.MaxTextElements));
        Assert.All(parts, p => Assert.False(char.IsLowSurrogate(p.Text[0]) || p.Text[0] == '\u0301', "A part starts inside a text element."));
        Assert.Equal(new StringInfo(text).LengthInTextElements, parts.Sum(p => new StringInfo(p.Text).LengthInTextElements));
    }

    [Fact]
    public void A_full_stop_inside_a_number_is_not_a_sentence_end()
    {
        var parts = TextParts.Split("Version 3.5 is out. Next sentence here.", maxTextElements: 25);

        Assert.Equal(["Version 3.5 is out.", " Next sentence here."], parts.Select(p => p.Text));
        Assert.Equal(19, parts[1].Offset);
    }

    [Fact]
    public void Text_without_any_boundary_is_cut_at_the_limit()
    {
        var text = new string('字', 12_000);

        var parts = TextParts.Split(text);

        Assert.Equal([5_120, 5_120, 1_760], parts.Select(p => p.Text.Length));
        AssertCovers(text, parts);
    }

    private static void AssertCovers(string text, IReadOnlyList<TextPart> parts)
    {
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
        var offset = 0;
        foreach (var part in parts)
        {
            Assert.Equal(offset, part.Offset);
            offset += part.Text.Length;
        }
    }
}
