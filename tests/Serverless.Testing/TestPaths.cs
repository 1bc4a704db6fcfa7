using Serverless.Cli.Azurite;

namespace Serverless.Testing;

/// <summary>Where test inputs live: all of them in the repository.</summary>
public static class TestPaths
{
    public static string Repository { get; } = RepositoryRoot.Find();

    public static string Samples => Path.Combine(Repository, "samples", "pages");

    public static string Corpus => Path.Combine(Repository, "tests", "corpus");

    /// <summary>The team's sample page (18.5 KB, 14 articles), with its truth and expected split beside it.</summary>
    public static string SamplePage => Path.Combine(Samples, "000_0bbe263f9c83fcef.txt");

    /// <summary>
    /// ../shared beside the clone (or SERVERLESS_SHARED), when present. Only tests that compare with the team's
    /// tools read it, and they declare so with <see cref="Requirement.SharedScorer"/>.
    /// </summary>
    public static string? Shared
    {
        get
        {
            var candidate = Environment.GetEnvironmentVariable("SERVERLESS_SHARED") is { Length: > 0 } configured
                ? configured
                : Path.GetFullPath(Path.Combine(Repository, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }
}
