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
    public static string? Missing =>
        Python is null ? "python3 is not on PATH."
        : Script is null ? "../shared/eval/score.py is not beside the clone (or set SERVERLESS_SHARED)."
        : null;
}

/// <summary>A fact comparing with score.py: skipped with the reason where it cannot run, required under CI=true.</summary>
public sealed class SharedScorerFactAttribute : FactAttribute
{
    public SharedScorerFactAttribute() => Skip = TestRequirements.SkipReason(SharedScorer.Missing, TestRequirements.InCi);
}
