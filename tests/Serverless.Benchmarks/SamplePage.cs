using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;

namespace Serverless.Benchmarks;

/// <summary>The shared sample page (../shared beside the checkout, or SERVERLESS_SHARED), else a repository sample page.</summary>
internal static class SamplePage
{
    public static string Locate() =>
        Find(Path.Combine("shared", "pages", "000_0bbe263f9c83fcef.txt"))
        ?? Find(Path.Combine("samples", "pages", "zh-headlines-after.txt"))
        ?? throw new FileNotFoundException("No sample page: expected ../shared/pages or samples/pages beside the repository.");

    /// <summary>The repository's English sample page.</summary>
    public static string LocateEnglish() =>
        Find(Path.Combine("samples", "pages", "en-front-page.txt")) ?? throw new FileNotFoundException("samples/pages/en-front-page.txt is missing.");

    /// <summary>The page's articles as the enrich stage sees them: split by the real splitter.</summary>
    public static IReadOnlyList<AnalysisDocument> Articles(string? file = null)
    {
        file ??= Locate();
        var origin = new PageOrigin(Path.GetFileName(file), "benchmark", new DateOnly(2021, 4, 19));
        return DraftBuilder.Build(origin, new PageSplitter().Split(File.ReadAllText(file)))
            .Select(a => new AnalysisDocument(a.Id, a.BodyText, a.ContentHash, a.Title))
            .ToList();
    }

    private static string? Find(string relative)
    {
        if (Environment.GetEnvironmentVariable("SERVERLESS_SHARED") is { Length: > 0 } shared
            && relative.StartsWith("shared", StringComparison.Ordinal)
            && File.Exists(Path.Combine(shared, relative["shared/".Length..])))
        {
            return Path.Combine(shared, relative["shared/".Length..]);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, relative);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
