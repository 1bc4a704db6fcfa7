using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

/// <summary>
/// The dictionary shape jieba.NET reads (<see cref="IDictionary{TKey,TValue}"/>) over a <see cref="SpanKeyIndex"/>:
/// the loaded entries stay in the index, words added later (user dictionary) go to a small overlay that wins.
/// jieba never removes entries (deleting a word sets its frequency to 0), so removal is not supported.
/// </summary>
internal sealed class LexiconMap<TValue> : IDictionary<string, TValue>
{
    private readonly SpanKeyIndex _index;
    private readonly TValue[] _values;
    private readonly bool[]? _present;
    private readonly int _loadedCount;
    private readonly Dictionary<string, TValue> _added = new(StringComparer.Ordinal);

    /// <param name="present">Which entries of the index belong to this map; null for all of them.</param>
    public LexiconMap(SpanKeyIndex index, TValue[] values, bool[]? present)
    {
        _index = index;
        _values = values;
        _present = present;
        _loadedCount = present is null ? index.Count : present.Take(index.Count).Count(p => p);
    }

    public int Count => _loadedCount + _added.Keys.Count(key => LoadedEntry(key) < 0);

    public bool IsReadOnly => false;

    public ICollection<string> Keys => this.Select(pair => pair.Key).ToList();

    public ICollection<TValue> Values => this.Select(pair => pair.Value).ToList();

    public TValue this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not in the dictionary.");
        set => _added[key] = value;
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_added.Count > 0 && _added.TryGetValue(key, out value))
        {
            return true;
        }

        var entry = LoadedEntry(key);
        value = entry >= 0 ? _values[entry] : default;
        return entry >= 0;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public void Add(string key, TValue value)
    {
        if (ContainsKey(key))
        {
            throw new ArgumentException($"'{key}' is already in the dictionary.", nameof(key));
        }

        _added.Add(key, value);
    }

    public void Add(KeyValuePair<string, TValue> item) => Add(item.Key, item.Value);

    public bool Contains(KeyValuePair<string, TValue> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<TValue>.Default.Equals(value, item.Value);

    public void CopyTo(KeyValuePair<string, TValue>[] array, int arrayIndex) => this.ToList().CopyTo(array, arrayIndex);

    public bool Remove(string key) => throw new NotSupportedException("jieba's dictionaries only grow.");

    public bool Remove(KeyValuePair<string, TValue> item) => Remove(item.Key);

    public void Clear() => throw new NotSupportedException("jieba's dictionaries only grow.");

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var entry = 0; entry < _index.Count; entry++)
        {
            if (_present is null || _present[entry])
            {
                var key = new string(_index.KeyAt(entry));
                if (!_added.ContainsKey(key))
                {
                    yield return new(key, _values[entry]);
                }
            }
        }

        foreach (var pair in _added)
        {
            yield return pair;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int LoadedEntry(string key)
    {
        var entry = _index.IndexOf(key);
        return entry >= 0 && (_present is null || _present[entry]) ? entry : -1;
    }
}
