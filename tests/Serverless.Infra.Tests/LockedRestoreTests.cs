using System.Diagnostics;
using Serverless.Testing;

namespace Serverless.Infra.Tests;

/// <summary>
/// Pinned builds: a project restored with the repository's build settings fails a locked restore once a centrally
/// pinned transitive package changes version without its lock file being updated.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LockedRestoreTests
{
    [Fact]
    public async Task Changing_a_transitive_pin_without_the_lock_file_fails_the_locked_restore()
    {
        var work = Directory.CreateTempSubdirectory("locked-restore-");
        try
        {
            foreach (var file in new[] { "Directory.Build.props", "nuget.config", "global.json" })
            {
                File.Copy(Path.Combine(TestPaths.Repository, file), Path.Combine(work.FullName, file));
            }

            // Azure.Core is not referenced by the project: it comes through Azure.Identity, and only the central pin sets it.
            var packages = Path.Combine(work.FullName, "Directory.Packages.props");
            await File.WriteAllTextAsync(packages, Packages("1.53.0"));
            await File.WriteAllTextAsync(Path.Combine(work.FullName, "Probe.csproj"),
                """<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Azure.Identity" /></ItemGroup></Project>""");

            var first = await RestoreAsync(work.FullName, locked: false);
            Assert.True(first.ExitCode == 0, first.Output);
            Assert.Contains("\"Azure.Core\"", await File.ReadAllTextAsync(Path.Combine(work.FullName, "packages.lock.json")));
            var unchanged = await RestoreAsync(work.FullName, locked: true);
            Assert.True(unchanged.ExitCode == 0, unchanged.Output);

            await File.WriteAllTextAsync(packages, Packages("1.54.0"));
            var changed = await RestoreAsync(work.FullName, locked: true);

            Assert.NotEqual(0, changed.ExitCode);
            Assert.Contains("NU1004", changed.Output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Packages(string azureCore) => $"""
        <Project>
          <PropertyGroup>
            <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
            <CentralPackageTransitivePinningEnabled>true</CentralPackageTransitivePinningEnabled>
          </PropertyGroup>
          <ItemGroup>
            <PackageVersion Include="Azure.Identity" Version="1.21.0" />
            <PackageVersion Include="Azure.Core" Version="{azureCore}" />
          </ItemGroup>
        </Project>
        """;

    private static async Task<(int ExitCode, string Output)> RestoreAsync(string directory, bool locked)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        // CI=true makes every restore locked (Directory.Build.props); the first restore here must write the lock file.
        start.Environment.Remove("CI");
        foreach (var argument in locked ? ["restore", "--locked-mode"] : new[] { "restore" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
