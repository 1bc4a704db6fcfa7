using System.Globalization;

namespace Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

/// <summary>jieba's main dictionary as jieba.NET holds it: word frequencies (with every prefix at 0), their total, and word tags.</summary>
internal sealed record JiebaDictionary(LexiconMap<int> Frequencies, double Total, LexiconMap<string> Tags);

/// <summary>
/// Reads dict.txt ("word frequency tag" per line) once, with the same results as jieba.NET's two readers:
/// a later line wins, a prefix never overwrites a word, and the total adds every line's frequency in order.
/// </summary>
internal static class JiebaDictionaryReader
{
    public static JiebaDictionary Read(string path)
    {
        var text = TextBuffer.ReadUtf8(path);
        var capacity = EstimateEntries(text.Length);
        var index = new SpanKeyIndex(text, capacity);
        var frequencies = new int[capacity];
        var tags = new string[capacity];
        var tagged = new bool[capacity];
        var tagNames = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var total = 0.0;

        foreach (var line in TextBuffer.Lines(text))
        {
            var wordLength = line.Text.IndexOf(' ');
            if (wordLength > 0)
            {
                var fields = line.Text[(wordLength + 1)..];
                var frequencyLength = fields.IndexOf(' ') is var space and >= 0 ? space : fields.Length;
                var frequency = int.Parse(fields[..frequencyLength], NumberStyles.Integer, CultureInfo.InvariantCulture);
                var tag = frequencyLength < fields.Length ? fields[(frequencyLength + 1)..] : [];

                var word = index.Add(line.Start, wordLength);
                EnsureRoom(ref frequencies, ref tags, ref tagged, word);
                frequencies[word] = frequency;
                total += frequency;
                if (!tag.IsEmpty)
                {
                    tags[word] = tagNames.TryGetValue(tag, out var name) ? name : tagNames[tag] = tag.ToString();
                    tagged[word] = true;
                }

                for (var prefixLength = 1; prefixLength < wordLength; prefixLength++)
                {
                    // New entries start at frequency 0; an existing word keeps its own.
                    EnsureRoom(ref frequencies, ref tags, ref tagged, index.Add(line.Start, prefixLength));
                }
            }
        }

        return new JiebaDictionary(new LexiconMap<int>(index, frequencies, present: null), total, new LexiconMap<string>(index, tags, tagged));
    }

    // About 16 characters per line and 1.5 entries per word in jieba's dictionary; the index grows if this is short.
    private static int EstimateEntries(int characters) => Math.Max(1024, characters / 5);

    private static void EnsureRoom(ref int[] frequencies, ref string[] tags, ref bool[] tagged, int entry)
    {
        if (entry >= frequencies.Length)
        {
            var size = Math.Max(entry + 1, frequencies.Length * 2);
            Array.Resize(ref frequencies, size);
            Array.Resize(ref tags, size);
            Array.Resize(ref tagged, size);
        }
    }
}
