using Serverless.Testing;

namespace Serverless.Publishing.Tests.Testing;

/// <summary>When a test that needs something beyond the repository runs, is skipped, or fails in CI.</summary>
public sealed class RequirementSkipTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Without_score_py_the_parity_test_is_skipped_with_the_reason_also_in_ci(bool inCi) =>
        Assert.Equal(SharedScorer.Absent, SharedScorer.SkipReason(script: null, python: "/usr/bin/python3", inCi));

    [Fact]
    public void With_score_py_but_no_python_it_is_skipped_locally_and_required_in_ci()
    {
        Assert.Equal("python3 is not on PATH.", SharedScorer.SkipReason("score.py", python: null, inCi: false));
        Assert.Null(SharedScorer.SkipReason("score.py", python: null, inCi: true));
    }

    [Fact]
    public void With_both_it_runs() => Assert.Null(SharedScorer.SkipReason("score.py", "/usr/bin/python3", inCi: false));

    [Fact]
    public void A_missing_browser_is_never_skipped_in_ci()
    {
        Assert.Equal("no browser", TestRequirements.SkipReason("no browser", inCi: false));
        Assert.Null(TestRequirements.SkipReason("no browser", inCi: true));
    }
}
