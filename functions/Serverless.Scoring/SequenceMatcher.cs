namespace Serverless.Scoring;

/// <summary>
/// Python's difflib.SequenceMatcher with isjunk=None and autojunk=False, over code points: the longest matching block
/// first (earliest in a, then in b), then the same on both sides of it. Not a longest common subsequence: a short
/// match on the wrong side of a long one is never found, and score.py's numbers depend on that.
/// </summary>
public sealed class SequenceMatcher
{
    private readonly int[] _a;
    private readonly int[] _b;
    private readonly Dictionary<int, int[]> _positionsInB;

    // difflib's j2len dictionaries as two rows of arrays, valid where the row's stamp is the row's generation.
    private readonly int[][] _lengths;
    private readonly long[][] _stamps;
    private long _generation;

    public SequenceMatcher(int[] a, int[] b)
    {
        _a = a;
        _b = b;
        _positionsInB = b.Select((element, j) => (element, j))
            .GroupBy(p => p.element)
            .ToDictionary(g => g.Key, g => g.Select(p => p.j).ToArray());
        _lengths = [new int[b.Length], new int[b.Length]];
        _stamps = [new long[b.Length], new long[b.Length]];
        Array.Fill(_stamps[0], -1);
        Array.Fill(_stamps[1], -1);
    }

    /// <summary>Characters in matching blocks, as <c>sum(b.size for b in get_matching_blocks())</c>; 0 when either is empty.</summary>
    public static int Matched(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? 0 : new SequenceMatcher(CodePoints.Of(a), CodePoints.Of(b)).GetMatchingBlocks().Sum(block => block.Size);

    public MatchingBlock FindLongestMatch(int aLow, int aHigh, int bLow, int bHigh)
    {
        var (bestI, bestJ, bestSize) = (aLow, bLow, 0);
        _generation++; // a row of an earlier call is never the previous row of this one
        for (var i = aLow; i < aHigh; i++)
        {
            var row = ++_generation;
            var (previousLengths, previousStamps) = (_lengths[(row - 1) & 1], _stamps[(row - 1) & 1]);
            var (lengths, stamps) = (_lengths[row & 1], _stamps[row & 1]);
            if (!_positionsInB.TryGetValue(_a[i], out var positions))
            {
                continue;
            }

            var start = Array.BinarySearch(positions, bLow);
            for (var p = start < 0 ? ~start : start; p < positions.Length && positions[p] < bHigh; p++)
            {
                var j = positions[p];
                var k = (j > 0 && previousStamps[j - 1] == row - 1 ? previousLengths[j - 1] : 0) + 1;
                lengths[j] = k;
                stamps[j] = row;
                if (k > bestSize)
                {
                    (bestI, bestJ, bestSize) = (i - k + 1, j - k + 1, k);
                }
            }
        }

        // difflib then extends the match over equal neighbours; without junk these loops never move, kept for fidelity.
        while (bestI > aLow && bestJ > bLow && _a[bestI - 1] == _b[bestJ - 1])
        {
            (bestI, bestJ, bestSize) = (bestI - 1, bestJ - 1, bestSize + 1);
        }

        while (bestI + bestSize < aHigh && bestJ + bestSize < bHigh && _a[bestI + bestSize] == _b[bestJ + bestSize])
        {
            bestSize++;
        }

        return new MatchingBlock(bestI, bestJ, bestSize);
    }

    /// <summary>The matching blocks in order, adjacent ones merged, without difflib's final (len(a), len(b), 0).</summary>
    public IReadOnlyList<MatchingBlock> GetMatchingBlocks()
    {
        var queue = new Stack<(int ALow, int AHigh, int BLow, int BHigh)>();
        queue.Push((0, _a.Length, 0, _b.Length));
        var blocks = new List<MatchingBlock>();
        while (queue.TryPop(out var range))
        {
            var block = FindLongestMatch(range.ALow, range.AHigh, range.BLow, range.BHigh);
            if (block.Size == 0)
            {
                continue;
            }

            blocks.Add(block);
            if (range.ALow < block.I && range.BLow < block.J)
            {
                queue.Push((range.ALow, block.I, range.BLow, block.J));
            }

            if (block.I + block.Size < range.AHigh && block.J + block.Size < range.BHigh)
            {
                queue.Push((block.I + block.Size, range.AHigh, block.J + block.Size, range.BHigh));
            }
        }

        blocks.Sort((x, y) => x.I != y.I ? x.I.CompareTo(y.I) : x.J != y.J ? x.J.CompareTo(y.J) : x.Size.CompareTo(y.Size));
        var merged = new List<MatchingBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.I + last.Size == block.I && last.J + last.Size == block.J)
            {
                merged[^1] = last with { Size = last.Size + block.Size };
            }
            else
            {
                merged.Add(block);
            }
        }

        return merged;
    }
}

/// <summary>a[I..I+Size] equals b[J..J+Size].</summary>
public readonly record struct MatchingBlock(int I, int J, int Size);
