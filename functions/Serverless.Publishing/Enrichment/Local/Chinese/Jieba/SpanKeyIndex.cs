using System.Numerics;
using System.Runtime.CompilerServices;

namespace Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

/// <summary>
/// Keys that are slices of one character buffer, found by span. jieba's dictionary has half a million keys (words and
/// their prefixes); a string and a Dictionary entry for each is most of what makes jieba.NET slow to load.
/// Not thread-safe for writes: filled once, then only read. The hot methods are compiled optimised straight away:
/// loading calls them a million times, all before tiered compilation would have promoted them.
/// </summary>
internal sealed class SpanKeyIndex
{
    private readonly char[] _text;
    private int[] _slots;
    private int[] _starts;
    private int[] _lengths;

    public SpanKeyIndex(char[] text, int expectedCount)
    {
        _text = text;
        _slots = new int[SlotCountFor(expectedCount)];
        _starts = new int[expectedCount];
        _lengths = new int[expectedCount];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<char> KeyAt(int entry) => _text.AsSpan(_starts[entry], _lengths[entry]);

    /// <summary>The entry of the key, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int IndexOf(ReadOnlySpan<char> key)
    {
        var mask = _slots.Length - 1;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0 || key.SequenceEqual(KeyAt(entry)))
            {
                return entry;
            }
        }
    }

    /// <summary>The entry of the key at <paramref name="start"/> in the buffer, added if new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Add(int start, int length)
    {
        var key = _text.AsSpan(start, length);
        var mask = _slots.Length - 1;
        var slot = Hash(key) & mask;
        for (; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if (key.SequenceEqual(KeyAt(_slots[slot] - 1)))
            {
                return _slots[slot] - 1;
            }
        }

        if (Count == _starts.Length)
        {
            Grow();
            return Add(start, length);
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        _slots[slot] = ++Count;
        return Count - 1;
    }

    // Linear probing stays short while at most half the slots are used.
    private static int SlotCountFor(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(count, 8) * 2);

    // FNV-1a: quick on keys of a few characters.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)((hash ^ (hash >> 15)) & int.MaxValue);
    }

    private void Grow()
    {
        var capacity = _starts.Length * 2;
        Array.Resize(ref _starts, capacity);
        Array.Resize(ref _lengths, capacity);
        _slots = new int[SlotCountFor(capacity)];
        var mask = _slots.Length - 1;
        for (var entry = 0; entry < Count; entry++)
        {
            var slot = Hash(KeyAt(entry)) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = entry + 1;
        }
    }
}
