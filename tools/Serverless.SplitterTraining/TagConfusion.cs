using System.Globalization;
using Serverless.Publishing.Splitting.Model;

namespace Serverless.SplitterTraining;

/// <summary>The most frequent wrong tags (gold → decoded) over a set, each with the share of wrong lines and an example.</summary>
public static class TagConfusion
{
    public static void Write(IReadOnlyList<TruthPage> pages, LineTagger tagger, int top, TextWriter output)
    {
        var counts = new Dictionary<(LineTag Gold, LineTag Decoded), (int Count, string Example)>();
        var wrong = 0;
        var total = 0;
        foreach (var page in pages)
        {
            var tags = tagger.Tag(page.Context, page.Features).Tags;
            for (var k = 0; k < tags.Length; k++)
            {
                total++;
                if (tags[k] == page.Gold[k])
                {
                    continue;
                }

                wrong++;
                var key = (page.Gold[k], tags[k]);
                var (count, example) = counts.GetValueOrDefault(key, (0, $"{Path.GetFileName(page.TextPath)}:{page.Context.Positions[k] + 1} {page.Context.Line(k).Text.Trim()}"));
                counts[key] = (count + 1, example);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrong tags: {wrong}/{total} ({(double)wrong / Math.Max(total, 1):P2})"));
        foreach (var ((gold, decoded), (count, example)) in counts.OrderByDescending(c => c.Value.Count).Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {gold.Code(),-2} -> {decoded.Code(),-2} {count,6} ({(double)count / Math.Max(wrong, 1):P1})  e.g. {example[..Math.Min(example.Length, 70)]}"));
        }
    }
}
