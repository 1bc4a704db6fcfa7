using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>Radical look-alikes and glyph-shared code points read back as the characters Chinese text uses.</summary>
public sealed class CjkRadicalsTests
{
    [Theory]
    [InlineData('⽉', '月')]
    [InlineData('⺠', '民')]
    [InlineData('戶', '户')]
    [InlineData('⼾', '户')]
    [InlineData('―', '—')]
    [InlineData('户', '户')]
    [InlineData('A', 'A')]
    public void A_look_alike_reads_as_the_character_text_uses(char printed, char expected) =>
        Assert.Equal(expected, CjkRadicals.Unify(printed));
}
