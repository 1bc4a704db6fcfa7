using System.Reflection;

namespace Serverless.Publishing.Enrichment.Local.Text;

/// <summary>Reads the analyzer's word lists, embedded in this assembly so that no deployment can lose them.</summary>
internal static class LexiconResource
{
    private const string Prefix = "Serverless.Publishing.Enrichment.Local.";

    /// <summary>Non-empty lines without '#' comments.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded lexicon {fileName} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    /// <summary>Every whitespace-separated word of the file.</summary>
    public static IEnumerable<string> Words(string fileName) =>
        Lines(fileName).SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lines grouped under "[section]" headers.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Sections(string fileName, char separator)
    {
        var sections = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in Lines(fileName))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                sections[line[1..^1]] = current;
            }
            else
            {
                current?.AddRange(line.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return sections;
    }
}
