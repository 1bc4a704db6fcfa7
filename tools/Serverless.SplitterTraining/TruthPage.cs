using System.Text.Json;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Splitting.Model;
using Serverless.Publishing.Splitting.Model.Features;

namespace Serverless.SplitterTraining;

/// <summary>A page with its truth (score.py's line format) read as gold tags, and its features extracted once.</summary>
public sealed record TruthPage(string TextPath, string TruthPath, string Text, PageContext Context, PageFeatures Features, LineTag[] Gold)
{
    public static IEnumerable<string> Find(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(p => File.Exists(TruthOf(p)))
            .Order(StringComparer.Ordinal);

    public static string TruthOf(string textPath) => Path.ChangeExtension(textPath, null) + ".truth.json";

    public static TruthPage Load(string textPath, SplittingOptions options)
    {
        var text = TextSanitizer.Sanitize(File.ReadAllText(textPath));
        var context = PageContext.Of(RuleAnalysis.Of(text, options));
        var features = LineFeaturePipeline.For(context.Script).Extract(context);
        var (byLine, articleOf) = GoldByLine(TruthOf(textPath), context.Rules.Lines.Length);
        var gold = context.Positions.Select(n => byLine[n]).ToArray();
        ArticleSegments.MarkResumptions(gold, context.Positions.Select(n => articleOf[n]).ToArray());
        return new TruthPage(textPath, TruthOf(textPath), text, context, features, gold);
    }

    /// <summary>Each line's tag from the truth: heads before the first body line head it, after it they close it.</summary>
    private static (LineTag[] Tags, int[] Articles) GoldByLine(string truthPath, int lineCount)
    {
        var tags = new LineTag[lineCount];
        var articles = Enumerable.Repeat(-1, lineCount).ToArray();
        var index = 0;
        using var json = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            var body = new List<int>();
            if (article.TryGetProperty("body", out var ranges))
            {
                foreach (var range in ranges.EnumerateArray())
                {
                    for (var n = range[0].GetInt32(); n <= range[1].GetInt32(); n++)
                    {
                        body.Add(n - 1);
                    }
                }
            }

            var first = body.Count == 0 ? int.MaxValue : body.Min();
            foreach (var n in body.Where(n => n < lineCount))
            {
                tags[n] = n == first ? LineTag.BodyStart : LineTag.Body;
                articles[n] = index;
            }

            foreach (var n in Lines(article, "extra"))
            {
                tags[n] = LineTag.Extra;
                articles[n] = index;
            }

            foreach (var n in Lines(article, "kicker").Concat(Lines(article, "title")).Concat(Lines(article, "subtitle")))
            {
                tags[n] = n < first ? LineTag.HeadNext : LineTag.HeadPrev;
                articles[n] = index;
            }

            index++;
        }

        return (tags, articles);

        IEnumerable<int> Lines(JsonElement article, string part) =>
            article.TryGetProperty(part, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(n => n.GetInt32() - 1).Where(n => n >= 0 && n < lineCount)
                : [];
    }
}
