using System.Globalization;
using Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>Inverse document frequencies from jieba's idf.txt ("word idf" per line); unseen words get the median.</summary>
internal sealed class IdfTable
{
    private readonly SpanKeyIndex _words;
    private readonly double[] _values;

    private IdfTable(SpanKeyIndex words, double[] values, double median)
    {
        _words = words;
        _values = values;
        Median = median;
    }

    public double Median { get; }

    public int Count => _words.Count;

    public double this[string word] => _words.IndexOf(word) is var entry and >= 0 ? _values[entry] : Median;

    public static IdfTable Read(string path)
    {
        var text = TextBuffer.ReadUtf8(path);
        var words = new SpanKeyIndex(text, Math.Max(1024, text.Length / 12));
        var values = new double[Math.Max(1024, text.Length / 12)];
        foreach (var line in TextBuffer.Lines(text))
        {
            var space = line.Text.IndexOf(' ');
            if (space > 0 && double.TryParse(line.Text[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                var entry = words.Add(line.Start, space);
                if (entry >= values.Length)
                {
                    Array.Resize(ref values, values.Length * 2);
                }

                values[entry] = value;
            }
        }

        var sorted = values[..words.Count];
        Array.Sort(sorted);
        return new IdfTable(words, values, sorted.Length == 0 ? 10 : sorted[sorted.Length / 2]);
    }
}
