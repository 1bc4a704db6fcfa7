using System.Numerics;
using System.Runtime.InteropServices;

namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// A model's weights per hash bucket, one per tag. Training writes a dense table in place; a loaded model keeps only
/// the buckets that carry a weight (about 7 % of them), each padded to one vector, so that a page's lookups touch a
/// few MB instead of 58 and its emissions are one vector add per feature.
/// </summary>
internal sealed class WeightTable
{
    private const int T = LineTags.Count;
    private static readonly int Stride = Vector<float>.Count >= T ? Vector<float>.Count : T;

    private readonly int mask;
    private readonly float[] weights;
    private readonly int[]? rowOf;

    /// <summary>Dense: bucket b, tag t at b * T + t. The array is shared, so a trainer's updates show at once.</summary>
    public WeightTable(int hashBits, float[] dense)
    {
        mask = (1 << hashBits) - 1;
        weights = dense;
    }

    private WeightTable(int hashBits, int[] rowOf, float[] rows)
    {
        mask = (1 << hashBits) - 1;
        this.rowOf = rowOf;
        weights = rows;
    }

    public int Bucket(uint feature) => (int)(feature & (uint)mask);

    /// <summary>The buckets that carry a weight, ascending.</summary>
    public IEnumerable<int> Buckets() => Enumerable.Range(0, mask + 1).Where(b => Row(b) is >= 0 and var r && weights.AsSpan(r, T).ContainsAnyExcept(0f));

    public float this[int bucket, LineTag tag] => Row(bucket) is >= 0 and var r ? weights[r + (int)tag] : 0f;

    /// <summary>Adds the weights of every feature to the tag scores, in feature order (the sums are the same either way).</summary>
    public void Sum(ReadOnlySpan<uint> features, Span<float> scores)
    {
        if (rowOf is null || Vector<float>.Count < T)
        {
            foreach (var f in features)
            {
                if (Row(Bucket(f)) is >= 0 and var r)
                {
                    var w = weights.AsSpan(r, T);
                    for (var t = 0; t < T; t++)
                    {
                        scores[t] += w[t];
                    }
                }
            }

            return;
        }

        var sum = Vector<float>.Zero;
        ref var rows = ref MemoryMarshal.GetArrayDataReference(weights);
        foreach (var f in features)
        {
            var r = rowOf[f & (uint)mask];
            if (r >= 0)
            {
                sum += Vector.LoadUnsafe(ref rows, (nuint)r);
            }
        }

        for (var t = 0; t < T; t++)
        {
            scores[t] += sum[t];
        }
    }

    /// <summary>A table holding only the given buckets: bucket i's weights at T * i of <paramref name="weights"/>.</summary>
    public static WeightTable Sparse(int hashBits, int[] buckets, float[] weights)
    {
        var rowOf = new int[1 << hashBits];
        Array.Fill(rowOf, -1);
        var packed = new float[buckets.Length * Stride];
        for (var i = 0; i < buckets.Length; i++)
        {
            rowOf[buckets[i]] = i * Stride;
            weights.AsSpan(i * T, T).CopyTo(packed.AsSpan(i * Stride));
        }

        return new WeightTable(hashBits, rowOf, packed);
    }

    private int Row(int bucket) => rowOf is null ? bucket * T : rowOf[bucket];
}
