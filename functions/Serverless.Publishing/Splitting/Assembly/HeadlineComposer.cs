using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Assembly;

public sealed record Headline(string? Kicker, string Title, string? Subtitle);

/// <summary>
/// Tells kicker, title and subtitle apart. Units separated by blank lines are kicker then title (then subtitle); a
/// unit starting with a dash is a subtitle. Lines of one unit are one title: joined with a space when they are two
/// parallel phrases, without one when the title merely wraps (the body then repeats the words across the break).
/// </summary>
public static class HeadlineComposer
{
    public static Headline Compose(IReadOnlyList<TextUnit> units, string body, PageScript script)
    {
        var parts = Blocks(units, script).Select(lines => Join(lines, body, script)).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return new Headline(null, string.Empty, null);
        }

        string? subtitle = null;
        if (parts.Count >= 2 && LineRules.IsDashSubtitle(parts[^1]))
        {
            subtitle = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count == 1)
        {
            return new Headline(null, parts[0], subtitle);
        }

        if (script == PageScript.Latin && !(parts[0].Split(' ').Length <= 3 && parts[1].Length > parts[0].Length))
        {
            return new Headline(null, parts[0], subtitle ?? string.Join(' ', parts.Skip(1)));
        }

        var rest = parts.Skip(2).ToList();
        if (subtitle is not null)
        {
            rest.Add(subtitle);
        }

        return new Headline(parts[0], parts[1], rest.Count == 0 ? null : string.Join(' ', rest));
    }

    /// <summary>A column's label printed over its title ("记者手记", "相关链接", "【数据】"): the kicker.</summary>
    private static bool IsLabel(List<PageLine> block)
    {
        var text = block.Count == 1 ? Despacer.Body(block[0].Text.Trim()) : string.Empty;
        return (text.Length is >= 2 and <= 4 && text.All(CharClass.IsCjk)) || (text.StartsWith('【') && text.EndsWith('】'));
    }

    /// <summary>Units with no blank line between them print as one block (PDF text has no blank lines at all).</summary>
    /// <remarks>An English deck printed right under its headline, or a Chinese line opening with a dash, starts a block of its own: it is the subtitle.</remarks>
    private static List<List<PageLine>> Blocks(IReadOnlyList<TextUnit> units, PageScript script)
    {
        var blocks = new List<List<PageLine>>();
        foreach (var unit in units)
        {
            if (blocks.Count == 0 || unit.GapBefore)
            {
                blocks.Add([]);
            }

            foreach (var line in unit.Lines)
            {
                var text = Despacer.LatinSignal(line.Text);
                if (script == PageScript.Cjk && blocks[^1].Count > 0 && (LineRules.IsDashSubtitle(text.TrimStart()) || IsLabel(blocks[^1])))
                {
                    blocks.Add([]);
                }
                else if (script == PageScript.Latin && blocks[^1].Count > 0 && StartsLatinPart(Despacer.LatinSignal(blocks[^1][^1].Text), text))
                {
                    blocks.Add([]);
                }

                blocks[^1].Add(line);
            }
        }

        return blocks;
    }

    /// <summary>
    /// A deck under a title-case title reads as prose; under a sentence-case title ("Bus driver shortage forces" /
    /// "route cuts in 3 districts") the deck is the next line that opens with a capital ("Some students will walk…").
    /// </summary>
    private static bool IsCapitals(string line) => line.Any(char.IsAsciiLetterUpper) && !line.Any(char.IsLower);

    private static bool StartsLatinPart(string previous, string text)
    {
        // A line in lower case goes on with the line before ("Walter Grimes, 88, ran" / "hardware store for 50 years").
        if (previous.EndsWith('-') || text.Length == 0 || char.IsLower(text[0]))
        {
            return false;
        }

        // Stacked decks: the capitals lines are the title, whatever they hold ("CITY ASKS" / "$90,000 FOR"); the deck
        // starts where the capitals end.
        if (IsCapitals(previous))
        {
            return !IsCapitals(text);
        }

        return LineRules.IsLatinHeadlineLike(previous)
            ? !LineRules.IsLatinHeadlineLike(text)
            : char.IsUpper(text[0]) && !LineRules.IsLatinCaps(text);
    }

    private static string Join(List<PageLine> unitLines, string body, PageScript script)
    {
        if (script == PageScript.Latin)
        {
            var text = string.Empty;
            foreach (var line in unitLines)
            {
                text = LineJoiner.Join(text, Despacer.Latin(line.Text), script);
            }

            return text;
        }

        var lines = unitLines.Select(l => Despacer.Headline(l.Text)).Where(l => l.Length > 0).ToList();
        if (lines.Count <= 1)
        {
            return lines.Count == 1 ? lines[0] : string.Empty;
        }

        var separator = IsParallel(lines, body) ? " " : string.Empty;
        return string.Join(separator, lines);
    }

    /// <summary>
    /// Parallel phrases: the lines already hold phrase spaces, or they are equal-length runs of pure CJK whose seam
    /// the body never repeats (a wrapped title's seam, like "家安" of "国家安全", usually recurs in its body).
    /// </summary>
    private static bool IsParallel(List<string> lines, string body)
    {
        if (lines.Any(l => l.Contains(' ')))
        {
            return true;
        }

        if (lines.Any(l => l.Length != lines[0].Length || l.Length < 4 || !l.All(CharClass.IsCjk)))
        {
            return false;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (body.Contains(string.Concat(lines[i - 1][^1], lines[i][0]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
