using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// The ordered feature sources for a script, and the window that lets each line see its neighbours' atoms. Chinese
/// and Latin evidence are separate sources added to the common ones, never branches inside them.
/// </summary>
public sealed class LineFeaturePipeline
{
    private static readonly uint Window = FeatureHash.Template("window");
    private static readonly uint Edge = FeatureHash.Template("window-edge");

    private readonly IReadOnlyList<ILineFeatureSource> sources;

    public LineFeaturePipeline(IEnumerable<ILineFeatureSource> sources)
    {
        this.sources = sources.ToList();
    }

    /// <summary>Sources every page gets.</summary>
    public static IEnumerable<ILineFeatureSource> Common() =>
        [new LineShapeFeatures(), new RuleVerdictFeatures(), new RuleContextFeatures(), new RulePredicateFeatures(), new LexicalFeatures(), new LayoutFeatures()];

    private static readonly Dictionary<PageScript, LineFeaturePipeline> Defaults = new()
    {
        [PageScript.Cjk] = new LineFeaturePipeline([.. Common(), new ChineseLineFeatures()]),
        [PageScript.Latin] = new LineFeaturePipeline([.. Common(), new LatinLineFeatures()]),
    };

    public static LineFeaturePipeline For(PageScript script) => Defaults[script];

    /// <summary>The hashed features of every position: Start[k]..Start[k+1] index into Values.</summary>
    public PageFeatures Extract(PageContext page)
    {
        var sinks = new FeatureSink[page.Count];
        for (var k = 0; k < sinks.Length; k++)
        {
            sinks[k] = new FeatureSink();
        }

        foreach (var source in sources)
        {
            source.Add(page, sinks);
        }

        var scriptSalt = (uint)page.Script + 1;
        var start = new int[page.Count + 1];
        for (var k = 0; k < page.Count; k++)
        {
            var count = 0;
            for (var at = k - 2; at <= k + 2; at++)
            {
                count += at < 0 || at >= page.Count ? 1 : Math.Abs(at - k) <= 1 ? sinks[at].Count : sinks[at].WideCount;
            }

            start[k + 1] = start[k] + count;
        }

        var values = new uint[start[page.Count]];
        var next = 0;
        for (var k = 0; k < page.Count; k++)
        {
            for (var offset = -2; offset <= 2; offset++)
            {
                var at = k + offset;
                var salt = FeatureHash.Mix(Window, (uint)(offset + 8) * 4 + scriptSalt);
                if (at < 0 || at >= page.Count)
                {
                    values[next++] = FeatureHash.Mix(Edge, salt);
                    continue;
                }

                var sink = sinks[at];
                for (var a = 0; a < sink.Count; a++)
                {
                    if (offset is -1 or 0 or 1 || sink.IsWide(a))
                    {
                        values[next++] = FeatureHash.Mix(sink[a], salt);
                    }
                }
            }
        }

        return new PageFeatures(start, values);
    }
}

/// <summary>A page's features: position k's at Values[Start[k] .. Start[k + 1] - 1]; Values may run on past the last.</summary>
public sealed record PageFeatures(int[] Start, uint[] Values)
{
    public int Count => Start.Length - 1;

    public ReadOnlySpan<uint> Of(int position) => Values.AsSpan(Start[position], Start[position + 1] - Start[position]);
}
