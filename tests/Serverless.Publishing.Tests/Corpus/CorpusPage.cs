using Serverless.Testing;

namespace Serverless.Publishing.Tests.Corpus;

/// <summary>A test page and its line-level truth file (the format ../shared/eval/score.py reads).</summary>
public sealed record CorpusPage(string Name, string PagePath, string TruthPath)
{
    /// <summary>Every page of samples/pages and tests/corpus that has a NAME.truth.json beside it.</summary>
    public static IReadOnlyList<CorpusPage> All { get; } =
        new[] { TestPaths.Samples, TestPaths.Corpus }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.txt"))
            .Select(path => new CorpusPage(
                Path.GetFileName(path),
                path,
                Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".truth.json")))
            .Where(page => File.Exists(page.TruthPath))
            .OrderBy(page => page.PagePath, StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Names => [.. All.Select(page => page.Name)];

    public static CorpusPage Named(string name) => All.Single(page => page.Name == name);

    public override string ToString() => Name;
}
