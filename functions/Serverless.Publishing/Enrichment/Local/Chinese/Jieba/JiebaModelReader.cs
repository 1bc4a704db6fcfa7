using System.Text.Json;

namespace Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

/// <summary>The part-of-speech HMM (pos_prob_*.json, char_state_tab.json) in the shapes jieba.NET's PosSeg.Viterbi holds.</summary>
internal sealed record PartOfSpeechModel(
    IDictionary<string, double> Start,
    IDictionary<string, IDictionary<string, double>> Transitions,
    IDictionary<string, IDictionary<char, double>> Emissions,
    IDictionary<char, List<string>> StatesByChar);

/// <summary>The word-boundary HMM (prob_trans.json, prob_emit.json) in the shapes jieba.NET's FinalSeg.Viterbi holds.</summary>
internal sealed record WordBoundaryModel(IDictionary<char, IDictionary<char, double>> Transitions, IDictionary<char, IDictionary<char, double>> Emissions);

/// <summary>
/// Reads jieba's JSON models with Utf8JsonReader instead of Newtonsoft (a few times faster, no reflection). Keys keep
/// file order, as Newtonsoft's dictionaries do, because jieba's Viterbi enumerates them.
/// </summary>
internal static class JiebaModelReader
{
    private delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    public static PartOfSpeechModel ReadPartOfSpeech(string directory) => new(
        Read(directory, "pos_prob_start.json", StringKey, ReadDouble),
        Read(directory, "pos_prob_trans.json", StringKey, static (ref Utf8JsonReader r) => (IDictionary<string, double>)ReadObject(ref r, StringKey, ReadDouble)),
        Read(directory, "pos_prob_emit.json", StringKey, static (ref Utf8JsonReader r) => (IDictionary<char, double>)ReadObject(ref r, CharKey, ReadDouble)),
        Read(directory, "char_state_tab.json", CharKey, ReadStrings));

    public static WordBoundaryModel ReadWordBoundaries(string directory) => new(
        Read(directory, "prob_trans.json", CharKey, static (ref Utf8JsonReader r) => (IDictionary<char, double>)ReadObject(ref r, CharKey, ReadDouble)),
        Read(directory, "prob_emit.json", CharKey, static (ref Utf8JsonReader r) => (IDictionary<char, double>)ReadObject(ref r, CharKey, ReadDouble)));

    private static Dictionary<TKey, TValue> Read<TKey, TValue>(string directory, string file, Func<string, TKey> key, ValueReader<TValue> value)
        where TKey : notnull
    {
        var path = Path.Combine(directory, file);
        var reader = new Utf8JsonReader(File.ReadAllBytes(path));
        try
        {
            reader.Read();
            return ReadObject(ref reader, key, value);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path} is not a jieba model: {exception.Message}", exception);
        }
    }

    private static Dictionary<TKey, TValue> ReadObject<TKey, TValue>(ref Utf8JsonReader reader, Func<string, TKey> key, ValueReader<TValue> value)
        where TKey : notnull
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var result = new Dictionary<TKey, TValue>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = key(reader.GetString()!);
            reader.Read();
            result[name] = value(ref reader);
        }

        Expect(ref reader, JsonTokenType.EndObject);
        return result;
    }

    private static double ReadDouble(ref Utf8JsonReader reader) => reader.GetDouble();

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var result = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            result.Add(reader.GetString()!);
        }

        Expect(ref reader, JsonTokenType.EndArray);
        return result;
    }

    private static string StringKey(string name) => name;

    private static char CharKey(string name) =>
        name.Length == 1 ? name[0] : throw new FormatException($"'{name}' is not a single character.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new FormatException($"Expected {type} but found {reader.TokenType}.");
        }
    }
}
