using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>Where a baseline's letters are cut into lines: gutters between columns, never word spaces.</summary>
public sealed class LineBuilderTests
{
    private const double Baseline = 100;

    [Fact]
    public void Two_titles_side_by_side_on_one_baseline_are_two_lines()
    {
        // 24 pt titles, 0.9 em apart: under the 1.2 em gutter, but CJK is set solid
        var glyphs = Run("中国科幻", 100, 24).Concat(Run("东帝汶之美", 100 + 4 * 24 + 0.9 * 24, 24)).ToList();

        Assert.Equal(["中国科幻", "东帝汶之美"], LineBuilder.Build(glyphs).Select(l => l.Text));
    }

    [Fact]
    public void Two_latin_titles_side_by_side_are_two_lines_where_word_spaces_are_drawn()
    {
        // 24 pt, 0.6 em apart with no space glyph between: the line draws its word spaces, so this is no word space
        var left = Run("Trials of a", 100, 24);
        var glyphs = left.Concat(Run("Supreme Court", left[^1].Right + 0.6 * 24, 24)).ToList();

        Assert.Equal(["Trials of a", "Supreme Court"], LineBuilder.Build(glyphs).Select(l => l.Text));
    }

    [Fact]
    public void A_title_ending_in_an_ideograph_is_cut_from_one_starting_with_a_digit()
    {
        var glyphs = Run("一线医务", 100, 24).Concat(Run("24省份", 100 + 4 * 24 + 1.1 * 24, 24)).ToList();

        Assert.Equal(["一线医务", "24省份"], LineBuilder.Build(glyphs).Select(l => l.Text));
    }

    [Fact]
    public void A_closing_quote_at_a_column_end_does_not_narrow_the_gutter()
    {
        // the quote's em reaches half into the gutter: the advances are 1.15 em apart, the ink 1.65 em
        var column = Run("壁垒。”", 100, 10);
        var next = Run("PDA将问题", 100 + 4 * 10 + 1.15 * 10, 10);

        Assert.Equal(["壁垒。”", "PDA将问题"], LineBuilder.Build(column.Concat(next).ToList()).Select(l => l.Text));
    }

    [Fact]
    public void Solid_body_text_stays_one_line()
    {
        Assert.Equal(["本报北京2月21日电"], LineBuilder.Build(Run("本报北京2月21日电", 100, 10)).Select(l => l.Text));
    }

    [Fact]
    public void A_short_justified_line_keeps_its_wide_word_spaces()
    {
        // "Quakers we are not" spread over a 130 pt column: 2 em spaces, wider than the gutter rule, under a full line
        var above = Run("should ind being descended", 200, 10, Baseline - 12);
        var line = Words(["Quakers", "we", "are", "not"], [200, 260, 290, 315]);

        Assert.Equal(["should ind being descended", "Quakers we are not"], LineBuilder.Build([.. above, .. line]).Select(l => l.Text));
    }

    [Fact]
    public void A_word_space_is_covered_by_a_line_two_bands_up()
    {
        // a side-by-side article's column sets its baseline between this column's lines
        var above = Run("should ind being descended", 200, 10, Baseline - 12);
        var between = Run("other column", 600, 10, Baseline - 6);
        var line = Words(["Quakers", "we", "are", "not"], [200, 260, 290, 315]);

        Assert.Contains("Quakers we are not", LineBuilder.Build([.. above, .. between, .. line]).Select(l => l.Text));
    }

    [Fact]
    public void A_gutter_under_empty_space_still_cuts()
    {
        var above = Run("should ind being descended", 200, 10, Baseline - 12);
        var line = Words(["Quakers", "demure"], [200, 350]);

        Assert.Equal(["should ind being descended", "Quakers", "demure"], LineBuilder.Build([.. above, .. line]).Select(l => l.Text));
    }

    [Fact]
    public void A_ligature_glyph_is_read_as_its_letters()
    {
        Assert.Equal(["the first offer"], LineBuilder.Build(Run("the \uFB01rst o\uFB00er", 100, 10)).Select(l => l.Text));
    }

    [Fact]
    public void A_space_the_next_letter_starts_on_is_no_word_space()
    {
        // Chromium draws an unbroken soft hyphen as a space glyph and sets the next letter at its start
        var glyphs = Run("produc ", 100, 10).Concat(Run("tion", 100 + 6 * 5, 10)).ToList();

        Assert.Equal(["production"], LineBuilder.Build(glyphs).Select(l => l.Text));
    }

    [Fact]
    public void A_soft_hyphen_break_ends_its_line_in_a_plain_hyphen()
    {
        Assert.Equal(["disre-"], LineBuilder.Build(Run("disre\u2010", 100, 10)).Select(l => l.Text));
    }

    private static List<Glyph> Words(string[] words, double[] lefts) =>
        words.Zip(lefts).SelectMany(w => Run(w.First, w.Second, 10)).ToList();

    // letters set solid from left, ideographs and full-width punctuation an em wide, digits and Latin half
    private static List<Glyph> Run(string text, double left, double size, double baseline = Baseline)
    {
        var glyphs = new List<Glyph>();
        foreach (var c in text)
        {
            var width = c < 0x2000 ? 0.5 * size : size;
            glyphs.Add(new Glyph(c, left, left + width, baseline, size, false));
            left += width;
        }

        return glyphs;
    }
}
