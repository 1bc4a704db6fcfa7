using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Enrichment.Local;
using Serverless.Publishing.Enrichment.Local.Chinese;

namespace Serverless.Publishing.Tests.Enrichment.Local;

/// <summary>One analyzer for all offline-analyzer tests: its dictionaries load once, as in the app.</summary>
public sealed class LocalAnalyzerFixture : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLocalAnalyzer().BuildServiceProvider();

    public LocalTextAnalyzer Analyzer => _services.GetRequiredService<LocalTextAnalyzer>();

    internal IReadOnlySet<string> ChineseStopWords => _services.GetRequiredService<ChineseSegmenter>().StopWords;

    public TextAnalysis Analyze(string text, string? title = null) =>
        Analyzer.AnalyzeAsync([new AnalysisDocument("doc", text, "hash", title)], CancellationToken.None).GetAwaiter().GetResult()[0];

    public void Dispose() => _services.Dispose();
}

[CollectionDefinition(Name)]
public sealed class LocalAnalyzerCollection : ICollectionFixture<LocalAnalyzerFixture>
{
    public const string Name = "Local analyzer";
}

internal static class EntityAssertions
{
    public static void OffsetsPointAtText(string text, IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            Assert.True(entity.Offset >= 0 && entity.Offset + entity.Length <= text.Length, $"{entity} is outside the text");
            Assert.Equal(entity.Text, text.Substring(entity.Offset, entity.Length));
        }
    }

    public static Entity Single(TextAnalysis analysis, string text, string category)
    {
        var matches = analysis.Entities.Where(e => e.Text == text && e.Category == category).ToList();
        Assert.True(matches.Count > 0, $"{category} '{text}' not found among: {string.Join(", ", analysis.Entities.Select(e => $"{e.Category}:{e.Text}"))}");
        return matches[0];
    }
}
