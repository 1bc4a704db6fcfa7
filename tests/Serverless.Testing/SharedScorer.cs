using Xunit;

namespace Serverless.Testing;

/// <summary>The team's reference scorer, ../shared/eval/score.py, run by python3: only the parity tests use it.</summary>
public static class SharedScorer
{
    public static string? Script => TestPaths.Shared is { } shared && File.Exists(Path.Combine(shared, "eval", "score.py"))
        ? Path.Combine(shared, "eval", "score.py")
        : null;

    public static string? Python { get; } = TestRequirements.OnPath("python3");

    /// <summary>Why score.py cannot run here, or null.</summary>
    public static string? Missing => MissingOf(Script, Python);

    public static string? MissingOf(string? script, string? python) =>
        script is null ? Absent
        : python is null ? "python3 is not on PATH."
        : null;

    /// <summary>No score.py to compare with: the repository's own scorer is the only one, so there is nothing to check.</summary>
    public const string Absent = "../shared/eval/score.py is not beside the clone (or set SERVERLESS_SHARED).";

    /// <summary>
    /// Skipped with the reason where score.py is absent, also in CI: parity is only required while the Python scorer
    /// is present. Where it is present but python3 is missing, CI fails instead of skipping.
    /// </summary>
    public static string? SkipReason(string? script, string? python, bool inCi) =>
        script is null ? Absent : TestRequirements.SkipReason(MissingOf(script, python), inCi);
}

/// <summary>A fact comparing with score.py: skipped where score.py is absent; required under CI=true where it is present.</summary>
public sealed class SharedScorerFactAttribute : FactAttribute
{
    public SharedScorerFactAttribute() => Skip = SharedScorer.SkipReason(SharedScorer.Script, SharedScorer.Python, TestRequirements.InCi);
}
