namespace Serverless.Publishing.Splitting.Model;

/// <summary>
/// Collects a line's atoms: (template, value) pairs hashed to integers, no strings. A wide atom is also seen by the
/// lines two positions away; every atom is seen by the lines next to it.
/// </summary>
public sealed class FeatureSink
{
    private readonly List<uint> atoms = [];
    private readonly List<bool> wide = [];

    public int Count => atoms.Count;

    /// <summary>How many atoms are also seen two lines away.</summary>
    public int WideCount { get; private set; }

    public uint this[int index] => atoms[index];

    public bool IsWide(int index) => wide[index];

    public void Add(uint template, int value, bool wideWindow = false)
    {
        atoms.Add(FeatureHash.Mix(template, (uint)value));
        wide.Add(wideWindow);
        WideCount += wideWindow ? 1 : 0;
    }

    public void Add(uint template, bool on, bool wideWindow = false)
    {
        if (on)
        {
            Add(template, 1, wideWindow);
        }
    }

    public void Clear()
    {
        atoms.Clear();
        wide.Clear();
        WideCount = 0;
    }
}

/// <summary>Stable hashing (the same on every machine and run, unlike string.GetHashCode).</summary>
public static class FeatureHash
{
    /// <summary>A template's id from its name.</summary>
    public static uint Template(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    public static uint Mix(uint a, uint b)
    {
        var h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        return h ^ (h >> 16);
    }

    /// <summary>A bucket of a non-negative quantity on the given ascending bounds.</summary>
    public static int Bucket(double value, ReadOnlySpan<double> bounds)
    {
        var i = 0;
        while (i < bounds.Length && value > bounds[i])
        {
            i++;
        }

        return i;
    }
}
