using Xunit;

namespace Serverless.Testing;

/// <summary>
/// What a test needs beyond the repository (a browser, the team's Python scorer). Where it is missing the test is
/// skipped with the reason, and xunit shows it; under CI=true it is never skipped, so a missing requirement fails
/// the run instead of hiding a broken setup.
/// </summary>
public static class TestRequirements
{
    public static bool InCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Skip value of a test whose requirement is <paramref name="missing"/> (null when it is met).</summary>
    public static string? SkipReason(string? missing, bool inCi) => inCi ? null : missing;

    /// <summary>Fails the test with the reason when the requirement is not met (it only runs unmet in CI).</summary>
    public static void Ensure(string? missing)
    {
        if (missing is not null)
        {
            Assert.Fail($"{missing} CI requires this test.");
        }
    }

    /// <summary>The first file called <paramref name="name"/> in a PATH folder.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
