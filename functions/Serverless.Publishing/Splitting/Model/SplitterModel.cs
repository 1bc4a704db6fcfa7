using Serverless.Publishing.Splitting.Model.Features;
using System.IO.Compression;

namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// A linear-chain model over line tags: hashed feature weights per tag plus tag-to-tag transition weights, decoded
/// by Viterbi. Trained by the averaged structured perceptron (tools/Serverless.SplitterTraining); the weights ship as
/// a small gzip file embedded in this assembly.
/// </summary>
public sealed class SplitterModel
{
    /// <summary>Bump when feature extraction changes: a model trained on other features must not load.</summary>
    public const int FeatureVersion = 3;

    private const int FormatVersion = 2;
    private const uint Magic = 0x4D4C5053; // "SPLM"
    public const string ResourceName = "Serverless.Publishing.Splitting.Model.splitter.model";
    public const string SecondReadingResourceName = "Serverless.Publishing.Splitting.Model.splitter-second.model";

    private readonly WeightTable weights;

    /// <summary>A model over a dense weight array (bucket b, tag t at b * Count + t), which it reads in place.</summary>
    public SplitterModel(int hashBits, float[] weights, float[] transitions)
        : this(hashBits, new WeightTable(hashBits, weights), transitions)
    {
        if (weights.Length != (1 << hashBits) * LineTags.Count)
        {
            throw new ArgumentException("The weights do not fit the hash size and tag set.");
        }
    }

    private SplitterModel(int hashBits, WeightTable weights, float[] transitions)
    {
        if (transitions.Length != (LineTags.Count + 1) * LineTags.Count)
        {
            throw new ArgumentException("The transitions do not fit the tag set.");
        }

        HashBits = hashBits;
        this.weights = weights;
        Transitions = transitions;
    }

    public int HashBits { get; }

    /// <summary>The weight of a feature bucket for a tag.</summary>
    public float Weight(int bucket, LineTag tag) => weights[bucket, tag];

    /// <summary>The buckets that carry a weight, ascending.</summary>
    public IEnumerable<int> WeightedBuckets() => weights.Buckets();

    /// <summary>Weight of going from tag p to tag t at p * Count + t; row Count is the page start.</summary>
    public float[] Transitions { get; }

    private static readonly Lazy<SplitterModel?> Embedded = new(() => LoadEmbedded(ResourceName));
    private static readonly Lazy<SplitterModel?> EmbeddedSecond = new(() => LoadEmbedded(SecondReadingResourceName));

    /// <summary>The model shipped in the assembly, or null when none is embedded.</summary>
    public static SplitterModel? Default => Embedded.Value;

    /// <summary>The model of the second reading (its features add the first reading's), or null when none is embedded.</summary>
    public static SplitterModel? SecondReading => EmbeddedSecond.Value;

    public int Bucket(uint feature) => weights.Bucket(feature);

    /// <summary>Per position, the score of each tag from the line's features alone.</summary>
    public float[] Emissions(PageFeatures features)
    {
        const int T = LineTags.Count;
        var scores = new float[features.Count * T];
        for (var k = 0; k < features.Count; k++)
        {
            weights.Sum(features.Of(k), scores.AsSpan(k * T, T));
        }

        return scores;
    }

    /// <summary>The model's score of one tag sequence: transitions plus emissions, as Viterbi sums them.</summary>
    public float Score(float[] emissions, IReadOnlyList<LineTag> tags)
    {
        const int T = LineTags.Count;
        var score = 0f;
        var previous = T;
        for (var k = 0; k < tags.Count; k++)
        {
            score += Transitions[previous * T + (int)tags[k]] + emissions[k * T + (int)tags[k]];
            previous = (int)tags[k];
        }

        return score;
    }

    /// <summary>The best tag sequence for the emission scores.</summary>
    public LineTag[] Decode(float[] emissions) => Decode(emissions, null, out _);

    /// <summary>The best tag sequence that never uses <paramref name="without"/>, and its score.</summary>
    public LineTag[] Decode(float[] emissions, LineTag? without, out float total)
    {
        const int T = LineTags.Count;
        var n = emissions.Length / T;
        var tags = new LineTag[n];
        total = 0;
        if (n == 0)
        {
            return tags;
        }

        var banned = without is { } b ? (int)b : -1;

        var score = new float[n * T];
        var back = new byte[n * T];
        for (var t = 0; t < T; t++)
        {
            score[t] = t == banned ? float.NegativeInfinity : Transitions[T * T + t] + emissions[t];
        }

        for (var k = 1; k < n; k++)
        {
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                for (var p = 0; p < T; p++)
                {
                    var s = score[(k - 1) * T + p] + Transitions[p * T + t];
                    if (s > best)
                    {
                        best = s;
                        from = p;
                    }
                }

                score[k * T + t] = t == banned ? float.NegativeInfinity : best + emissions[k * T + t];
                back[k * T + t] = (byte)from;
            }
        }

        var last = 0;
        for (var t = 1; t < T; t++)
        {
            last = score[(n - 1) * T + t] > score[(n - 1) * T + last] ? t : last;
        }

        total = score[(n - 1) * T + last];
        for (var k = n - 1; k >= 0; k--)
        {
            tags[k] = (LineTag)last;
            last = back[k * T + last];
        }

        return tags;
    }

    public void Save(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(FeatureVersion);
        writer.Write(HashBits);
        writer.Write(LineTags.Count);
        foreach (var w in Transitions)
        {
            writer.Write(w);
        }

        // Sparse rows in half precision: most hash buckets are never hit (about 7 % of 2^21 carry a weight), so the
        // file and, above all, the time to inflate it at load stay small. Each row: the gap to the previous bucket.
        var rows = WeightedBuckets().ToList();
        writer.Write(rows.Count);
        var previous = -1;
        foreach (var b in rows)
        {
            writer.Write7BitEncodedInt(b - previous);
            previous = b;
            for (var t = 0; t < LineTags.Count; t++)
            {
                writer.Write((Half)Weight(b, (LineTag)t));
            }
        }
    }

    public static SplitterModel Load(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(zip, 1 << 16);
        using var reader = new BinaryReader(buffered);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not a splitter model file.");
        }

        var featureVersion = reader.ReadInt32();
        if (featureVersion != FeatureVersion)
        {
            throw new InvalidDataException($"The model was trained on feature version {featureVersion}; this build extracts version {FeatureVersion}.");
        }

        var bits = reader.ReadInt32();
        if (reader.ReadInt32() != LineTags.Count || bits is < 10 or > 24)
        {
            throw new InvalidDataException("The model's tag set or hash size does not fit this build.");
        }

        var transitions = new float[(LineTags.Count + 1) * LineTags.Count];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var rows = reader.ReadInt32();
        if (rows < 0 || rows > 1 << bits)
        {
            throw new InvalidDataException("The model file is corrupt.");
        }

        var buckets = new int[rows];
        var weights = new float[rows * LineTags.Count];
        var bucket = -1;
        for (var r = 0; r < rows; r++)
        {
            bucket += reader.Read7BitEncodedInt();
            if (bucket < 0 || bucket >= 1 << bits)
            {
                throw new InvalidDataException("The model file is corrupt.");
            }

            buckets[r] = bucket;
            for (var t = 0; t < LineTags.Count; t++)
            {
                weights[r * LineTags.Count + t] = (float)reader.ReadHalf();
            }
        }

        return new SplitterModel(bits, WeightTable.Sparse(bits, buckets, weights), transitions);
    }

    private static SplitterModel? LoadEmbedded(string name)
    {
        using var stream = typeof(SplitterModel).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : Load(stream);
    }
}
