using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>Chinese evidence: the line's first and last characters, markers, wire and credit words, spaced titles.</summary>
public sealed class ChineseLineFeatures : ILineFeatureSource
{
    private static readonly uint Head = FeatureHash.Template("zh-head");
    private static readonly uint Tail = FeatureHash.Template("zh-tail");
    private static readonly uint First = FeatureHash.Template("zh-first");
    private static readonly uint Last = FeatureHash.Template("zh-last");
    private static readonly uint Length = FeatureHash.Template("zh-length");
    private static readonly uint Spaces = FeatureHash.Template("zh-spaces");
    private static readonly uint Word = FeatureHash.Template("zh-word");
    private static readonly uint Latin = FeatureHash.Template("zh-latin");

    private static readonly string[] Words = ["本报", "记者", "通讯员", "摄", "电", "讯", "作者", "编者", "责任编辑", "新华社", "图为", "图片", "版", "——", "……", "《", "“", "：", "（"];
    private static readonly double[] LengthBounds = [1, 2, 4, 6, 8, 10, 12, 15, 18, 22, 28, 36];

    public void Add(PageContext page, FeatureSink[] sinks)
    {
        for (var k = 0; k < page.Count; k++)
        {
            var sink = sinks[k];
            var text = page.Clean(k);
            if (text.Length == 0)
            {
                continue;
            }

            sink.Add(First, text[0], true);
            sink.Add(Last, text[^1], true);
            sink.Add(Head, text.Length >= 2 ? (text[0] << 16) | text[1] : text[0]);
            sink.Add(Tail, text.Length >= 2 ? (text[^2] << 16) | text[^1] : text[^1]);
            sink.Add(Length, FeatureHash.Bucket(text.Length, LengthBounds), true);
            var raw = page.Line(k).Text;
            sink.Add(Spaces, Math.Min(raw.Count(c => c == ' '), 4));
            sink.Add(Latin, Math.Min(CharClass.CountLatinLetters(text) / 4, 3));
            for (var w = 0; w < Words.Length; w++)
            {
                var at = text.IndexOf(Words[w], StringComparison.Ordinal);
                if (at >= 0)
                {
                    sink.Add(Word, w * 4 + (at == 0 ? 0 : at + Words[w].Length == text.Length ? 1 : 2));
                }
            }
        }
    }
}
