using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.Publishing.Tests.Corpus;

/// <summary>A truth file: for each article, the 1-based page lines of its headline parts, body ranges and extra lines.</summary>
/// <param name="Hyphenated">Lines whose final hyphen only breaks a word (mil- / lion). score.py counts the repaired
/// hyphen as a lost character; these lines say how many such losses are repairs.</param>
public sealed record LineTruth(string Page, string Language, IReadOnlyList<LineTruthArticle> Articles, IReadOnlyList<int>? Hyphenated = null)
{
    public int SoftHyphens => Hyphenated?.Count ?? 0;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static LineTruth Load(string path) =>
        JsonSerializer.Deserialize<LineTruth>(File.ReadAllText(path), Options)
        ?? throw new JsonException($"{path} holds JSON null.");
}

public sealed record LineTruthArticle(
    string Kind,
    IReadOnlyList<int>? Kicker,
    IReadOnlyList<int>? Title,
    IReadOnlyList<int>? Subtitle,
    IReadOnlyList<IReadOnlyList<int>> Body,
    IReadOnlyList<string>? Authors,
    IReadOnlyList<int>? Extra)
{
    [JsonIgnore]
    public IEnumerable<(string Part, int Line)> HeadlineAndExtraLines =>
        (Kicker ?? []).Select(n => ("kicker", n))
            .Concat((Title ?? []).Select(n => ("title", n)))
            .Concat((Subtitle ?? []).Select(n => ("subtitle", n)))
            .Concat((Extra ?? []).Select(n => ("extra", n)));

    [JsonIgnore]
    public IEnumerable<int> BodyLines => Body.SelectMany(range => Enumerable.Range(range[0], range[1] - range[0] + 1));
}
