using System.Text.Json;

namespace Serverless.Scoring;

/// <summary>A truth article as score.py reads it: its headline parts, body and extra lines squashed.</summary>
internal sealed record TruthArticle(string Head, string Body, string Extra, IReadOnlyList<string> Authors)
{
    public static TruthArticle Read(JsonElement article, string[] lines)
    {
        string Lines(IEnumerable<int> numbers) => CodePoints.Squash(string.Concat(numbers.Select(n => Line(lines, n))));
        IEnumerable<int> Numbers(string part) =>
            article.TryGetProperty(part, out var value) ? value.EnumerateArray().Select(n => n.GetInt32()) : [];

        var body = string.Concat(article.GetProperty("body").EnumerateArray().Select(range =>
        {
            var (start, end) = (range[0].GetInt32(), range[1].GetInt32());
            return Lines(Enumerable.Range(start, Math.Max(0, end - start + 1)));
        }));
        var authors = article.TryGetProperty("authors", out var names) ? names.EnumerateArray().Select(n => CodePoints.Squash(n.GetString())).ToList() : [];
        return new TruthArticle(Lines(Numbers("kicker")) + Lines(Numbers("title")) + Lines(Numbers("subtitle")), body, Lines(Numbers("extra")), authors);
    }

    /// <summary>lines[n - 1] with Python's indexing: 0 and negative numbers count from the end.</summary>
    private static string Line(string[] lines, int number)
    {
        var index = number - 1 < 0 ? number - 1 + lines.Length : number - 1;
        return index >= 0 && index < lines.Length
            ? lines[index]
            : throw new FormatException($"The truth names line {number}; the page has {lines.Length} lines.");
    }
}

/// <summary>A predicted article's texts as score.py's text_of reads them.</summary>
internal sealed record PredictedArticle(string Head, string Body, string All, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Authors)
{
    public static PredictedArticle None { get; } = new(string.Empty, string.Empty, string.Empty, [], []);

    public static PredictedArticle Read(JsonElement article)
    {
        // A title the pipeline generated (e.g. for a photo caption) was not printed on the page.
        var title = Text(article, "titleSource") == "generated" ? string.Empty : Text(article, "title");
        var head = CodePoints.Squash(Text(article, "kicker") + title + Text(article, "subtitle"));
        var paragraphs = Texts(article, "paragraphs");
        var body = CodePoints.Squash(string.Concat(paragraphs));
        var all = head + body + CodePoints.Squash(string.Concat(Texts(article, "notes"))) + CodePoints.Squash(Text(article, "dateline"));
        var authors = Texts(article, "authors").Select(a => CodePoints.Lower(CodePoints.Squash(a))).ToList();
        return new PredictedArticle(head, body, all, paragraphs, authors);
    }

    private static string Text(JsonElement article, string name) =>
        article.ValueKind == JsonValueKind.Object && article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;

    private static IReadOnlyList<string> Texts(JsonElement article, string name) =>
        article.ValueKind == JsonValueKind.Object && article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList()
            : [];
}
