using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;

namespace Serverless.Benchmarks;

/// <summary>The repository's sample pages, found from the binaries' folder upwards.</summary>
internal static class SamplePage
{
    public static string Locate() =>
        Find(Path.Combine("samples", "pages", "000_0bbe263f9c83fcef.txt")) ?? throw new FileNotFoundException("samples/pages/000_0bbe263f9c83fcef.txt is missing.");

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
