namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// Features of the second reading: what the first reading made of the page around each line. A line sees the
/// article the first reading put it in (how far from its start and end, whether it has a headline already), the
/// page's headline side, the first reading's confidence, the words it shares with its own and the neighbouring
/// articles and the seam it would make (<see cref="ArticleWords"/>): what a line-local model cannot see. A short line
/// ten lines into an article that already has a headline is a subhead; the same line after a finished story is not.
/// </summary>
public static class FirstReadingFeatures
{
    private static readonly uint Tag = FeatureHash.Template("first-tag");
    private static readonly uint Near = FeatureHash.Template("first-near");
    private static readonly uint Pair = FeatureHash.Template("first-pair");
    private static readonly uint SinceStart = FeatureHash.Template("first-since-start");
    private static readonly uint UntilStart = FeatureHash.Template("first-until-start");
    private static readonly uint SinceHead = FeatureHash.Template("first-since-head");
    private static readonly uint UntilHead = FeatureHash.Template("first-until-head");
    private static readonly uint Headed = FeatureHash.Template("first-headed");
    private static readonly uint Side = FeatureHash.Template("first-side");
    private static readonly uint Confidence = FeatureHash.Template("first-confidence");
    private static readonly uint Starts = FeatureHash.Template("first-starts");
    private static readonly uint OwnWords = FeatureHash.Template("first-own-words");
    private static readonly uint PreviousWords = FeatureHash.Template("first-previous-words");
    private static readonly uint NextWords = FeatureHash.Template("first-next-words");
    private static readonly uint WordsLean = FeatureHash.Template("first-words-lean");
    private static readonly uint SeamAcross = FeatureHash.Template("first-seam-across");
    private static readonly uint SeamLean = FeatureHash.Template("first-seam-lean");

    private static readonly double[] ShareBounds = [0, 0.15, 0.3, 0.5, 0.7];
    private static readonly double[] SeamBounds = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4];
    private static readonly double[] DistanceBounds = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
    private static readonly double[] MarginBounds = [0, 100, 300, 700, 1500, 3000];

    /// <summary>The most features <see cref="Extend"/> adds to a position.</summary>
    private const int MostPerLine = 20;

    /// <summary>The first reading's features added to every position's own.</summary>
    public static PageFeatures Extend(PageFeatures features, TaggedPage first)
    {
        var tags = first.Tags;
        var n = tags.Length;
        var sinceStart = Distances(tags, t => t is LineTag.BodyStart or LineTag.Resume, forward: true);
        var untilStart = Distances(tags, t => t is LineTag.BodyStart or LineTag.Resume, forward: false);
        var sinceHead = Distances(tags, LineTags.IsHead, forward: true);
        var untilHead = Distances(tags, LineTags.IsHead, forward: false);
        var heads = tags.Count(t => t.IsHead());
        var side = heads == 0 ? 3 : SideBucket(tags.Count(t => t == LineTag.HeadNext), heads);
        var starts = Math.Min(tags.Count(t => t == LineTag.BodyStart), 12);

        var words = ArticleWords.Of(first);
        var start = new int[n + 1];
        var values = new uint[features.Values.Length + n * MostPerLine];
        var end = 0;
        for (var k = 0; k < n; k++)
        {
            start[k] = end;
            features.Of(k).CopyTo(values.AsSpan(end));
            end += features.Of(k).Length;
            var tag = (int)tags[k];
            void Add(uint template, int value) => values[end++] = FeatureHash.Mix(template, (uint)(value * 8 + tag));

            Add(Tag, 0);
            for (var offset = -2; offset <= 2; offset++)
            {
                var at = k + offset;
                if (offset != 0)
                {
                    Add(Near, (offset + 2) * 8 + (at < 0 || at >= n ? 7 : (int)tags[at]));
                }
            }

            Add(Pair, (k > 0 ? (int)tags[k - 1] : 7) * 8 + (k + 1 < n ? (int)tags[k + 1] : 7));
            Add(SinceStart, FeatureHash.Bucket(sinceStart[k], DistanceBounds));
            Add(UntilStart, FeatureHash.Bucket(untilStart[k], DistanceBounds));
            Add(SinceHead, FeatureHash.Bucket(sinceHead[k], DistanceBounds));
            Add(UntilHead, FeatureHash.Bucket(untilHead[k], DistanceBounds));
            // Does the article this line sits in already have a headline above its start?
            Add(Headed, sinceHead[k] > sinceStart[k] ? 1 : sinceHead[k] == int.MaxValue ? 2 : 0);
            Add(Side, side);
            Add(Starts, starts);
            Add(Confidence, FeatureHash.Bucket(first.Margin(k), MarginBounds));
            if (words.Shares(k) is var (own, previous, next))
            {
                Add(OwnWords, FeatureHash.Bucket(own, ShareBounds));
                Add(PreviousWords, FeatureHash.Bucket(previous, ShareBounds));
                Add(NextWords, FeatureHash.Bucket(next, ShareBounds));
                Add(WordsLean, (own > Math.Max(previous, next) ? 0 : 1) + (previous > next ? 2 : previous < next ? 4 : 0));
            }

            if (words.Seam(k) is { } seam)
            {
                Add(SeamAcross, FeatureHash.Bucket(seam.Across, SeamBounds));
                Add(SeamLean, FeatureHash.Bucket(seam.LineAfter, ShareBounds) * 8 + FeatureHash.Bucket(seam.LineBefore, ShareBounds));
            }
        }

        start[n] = end;
        return new PageFeatures(start, values);
    }

    /// <summary>Lines back to the nearest position (forward: at or before k) or ahead to it (after k) that matches.</summary>
    private static int[] Distances(LineTag[] tags, Func<LineTag, bool> match, bool forward)
    {
        var result = new int[tags.Length];
        var last = -1;
        if (forward)
        {
            for (var k = 0; k < tags.Length; k++)
            {
                last = match(tags[k]) ? k : last;
                result[k] = last < 0 ? int.MaxValue : k - last;
            }
        }
        else
        {
            for (var k = tags.Length - 1; k >= 0; k--)
            {
                result[k] = last < 0 ? int.MaxValue : last - k;
                last = match(tags[k]) ? k : last;
            }
        }

        return result;
    }

    /// <summary>0: headlines mostly after their stories, 2: mostly before, 1: mixed.</summary>
    private static int SideBucket(int part, int whole) => part * 4 < whole ? 0 : part * 4 > whole * 3 ? 2 : 1;
}
