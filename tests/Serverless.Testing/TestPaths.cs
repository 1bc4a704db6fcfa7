using Serverless.Cli.Azurite;

namespace Serverless.Testing;

/// <summary>Where test inputs live: the repository's samples and the team's shared folder beside the clone.</summary>
public static class TestPaths
{
    public static string Repository { get; } = RepositoryRoot.Find();

    public static string Samples => Path.Combine(Repository, "samples", "pages");

    public static string Corpus => Path.Combine(Repository, "tests", "corpus");

    /// <summary>../shared beside the clone (or SERVERLESS_SHARED). In CI it must exist, so tests fail rather than skip.</summary>
    public static string? Shared
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SERVERLESS_SHARED");
            var candidate = configured ?? Path.GetFullPath(Path.Combine(Repository, "..", "shared"));
            if (Directory.Exists(Path.Combine(candidate, "pages")))
            {
                return candidate;
            }

            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"CI=true but the shared folder is missing at {candidate}.");
            }

            return null;
        }
    }

    public static string SharedPage(string fileName) =>
        Path.Combine(Shared ?? throw new InvalidOperationException("The shared folder (../shared) is not present."), "pages", fileName);

    public const string SampleSharedPage = "000_0bbe263f9c83fcef.txt";
}
