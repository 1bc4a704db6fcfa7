using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>Script-neutral shape of a line: width against the column, blank lines, indent, place on the page, ends.</summary>
public sealed class LineShapeFeatures : ILineFeatureSource
{
    private static readonly uint Bias = FeatureHash.Template("bias");
    private static readonly uint GapBefore = FeatureHash.Template("gap-before");
    private static readonly uint GapAfter = FeatureHash.Template("gap-after");
    private static readonly uint GapPair = FeatureHash.Template("gap-pair");
    private static readonly uint WidthRatio = FeatureHash.Template("width-ratio");
    private static readonly uint WidthAbsolute = FeatureHash.Template("width-abs");
    private static readonly uint WidthToPrevious = FeatureHash.Template("width-prev");
    private static readonly uint WidthToNext = FeatureHash.Template("width-next");
    private static readonly uint Indent = FeatureHash.Template("indent");
    private static readonly uint IndentShift = FeatureHash.Template("indent-shift");
    private static readonly uint Place = FeatureHash.Template("place");
    private static readonly uint Edge = FeatureHash.Template("edge");
    private static readonly uint LastClass = FeatureHash.Template("last-class");
    private static readonly uint FirstClass = FeatureHash.Template("first-class");
    private static readonly uint LastMark = FeatureHash.Template("last-mark");
    private static readonly uint FirstMark = FeatureHash.Template("first-mark");
    private static readonly uint EndsSentence = FeatureHash.Template("ends-sentence");
    private static readonly uint InnerPunctuation = FeatureHash.Template("inner-punct");
    private static readonly uint Digits = FeatureHash.Template("digits");
    private static readonly uint BlankPage = FeatureHash.Template("page-blank-lines");
    private static readonly uint EndsShape = FeatureHash.Template("ends×width");

    private static readonly double[] RatioBounds = [0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.97, 1.03, 1.2, 1.6];
    private static readonly double[] WidthBounds = [2, 4, 6, 9, 12, 16, 20, 26, 34, 45, 60];
    private static readonly double[] ShareBounds = [0, 0.1, 0.3, 0.6];

    public void Add(PageContext page, FeatureSink[] sinks)
    {
        var profile = page.Profile;
        var column = Math.Max(1, profile.ColumnWidth);
        for (var k = 0; k < page.Count; k++)
        {
            var sink = sinks[k];
            var line = page.Line(k);
            var text = page.Clean(k);
            var width = profile.Width(line);
            var ratio = FeatureHash.Bucket(width / column, RatioBounds);
            sink.Add(Bias, 0);
            sink.Add(BlankPage, profile.BlankLines);
            sink.Add(GapBefore, page.BlankBefore(k), true);
            sink.Add(GapAfter, page.BlankAfter(k), true);
            sink.Add(GapPair, (page.BlankBefore(k) ? 2 : 0) + (page.BlankAfter(k) ? 1 : 0));
            sink.Add(WidthRatio, ratio, true);
            sink.Add(WidthAbsolute, FeatureHash.Bucket(width, WidthBounds));
            sink.Add(WidthToPrevious, k > 0 ? Compare(width, profile.Width(page.Line(k - 1))) : 3);
            sink.Add(WidthToNext, k + 1 < page.Count ? Compare(width, profile.Width(page.Line(k + 1))) : 3);
            sink.Add(Indent, Math.Min(line.Indent, 6));
            sink.Add(IndentShift, k > 0 ? Math.Clamp(line.Indent - page.Line(k - 1).Indent, -3, 3) : 9);
            sink.Add(Place, page.Count == 0 ? 0 : k * 10 / page.Count);
            sink.Add(Edge, k < 3 ? k : page.Count - k <= 3 ? 10 + page.Count - k : 5);
            var ends = CharClass.EndsSentence(text);
            sink.Add(EndsSentence, ends, true);
            sink.Add(EndsShape, (ends ? 100 : 0) + ratio);
            if (text.Length > 0)
            {
                sink.Add(LastClass, Class(text[^1]), true);
                sink.Add(FirstClass, Class(text[0]), true);
                if (!char.IsLetterOrDigit(text[^1]))
                {
                    sink.Add(LastMark, text[^1]);
                }

                if (!char.IsLetterOrDigit(text[0]))
                {
                    sink.Add(FirstMark, text[0]);
                }

                sink.Add(InnerPunctuation, text.AsSpan(0, text.Length - 1).IndexOfAny("，。；：、！？,;:") >= 0);
                sink.Add(Digits, FeatureHash.Bucket(text.Count(char.IsAsciiDigit) / (double)text.Length, ShareBounds));
            }
        }
    }

    private static int Compare(double width, double other) => width < other * 0.8 ? 0 : width > other * 1.2 ? 2 : 1;

    private static int Class(char c) => c switch
    {
        _ when CharClass.IsSentenceFinal(c) => 1,
        '，' or ',' or '、' or '；' or ';' or '：' or ':' => 2,
        _ when CharClass.IsClosing(c) => 3,
        _ when CharClass.IsOpening(c) => 4,
        _ when CharClass.IsCjk(c) => 5,
        _ when char.IsLower(c) => 6,
        _ when char.IsUpper(c) => 7,
        _ when char.IsDigit(c) => 8,
        '—' or '-' or '–' => 9,
        _ => 10,
    };
}
