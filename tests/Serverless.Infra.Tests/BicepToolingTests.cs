using Serverless.Infra.Tests.Bicep;

namespace Serverless.Infra.Tests;

/// <summary>The templates build and lint with zero errors and zero warnings, using the Bicep CLI from NuGet.</summary>
[Trait("Category", "Integration")]
public sealed class BicepToolingTests
{
    [Fact]
    public async Task Main_template_builds_without_diagnostics()
    {
        var build = await Templates.BuildMainAsync();

        build.EnsureClean();
        Assert.Contains("deploymentTemplate.json", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_template_lints_without_diagnostics()
    {
        var templates = Directory.GetFiles(Templates.Root, "*.bicep", SearchOption.AllDirectories);
        Assert.Contains(Templates.MainTemplate, templates);

        var lint = await BicepCli.RunAsync(Templates.Root, ["lint", "--pattern", "**/*.bicep"], CancellationToken.None);

        lint.EnsureClean();
        Assert.Equal("", lint.Error.Trim());
    }

    [Fact]
    public async Task Lint_check_catches_a_warning()
    {
        // Control for the test above: a template with an unused parameter must not pass as clean.
        var directory = Directory.CreateTempSubdirectory("bicep-lint-");
        try
        {
            var template = Path.Combine(directory.FullName, "unused.bicep");
            await File.WriteAllTextAsync(template, "param unused string\n", CancellationToken.None);

            var lint = await BicepCli.RunAsync(directory.FullName, ["lint", template], CancellationToken.None);

            var diagnostic = Assert.Single(lint.Diagnostics);
            Assert.Equal(("Warning", "no-unused-params"), (diagnostic.Level, diagnostic.Code));
            Assert.Throws<InvalidOperationException>(() => lint.EnsureClean());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
