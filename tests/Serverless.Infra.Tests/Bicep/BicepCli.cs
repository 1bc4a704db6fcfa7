using System.Diagnostics;
using System.Reflection;

namespace Serverless.Infra.Tests.Bicep;

/// <summary>Runs the Bicep CLI shipped in the Azure.Bicep.CommandLine NuGet package, so templates build offline.</summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The binary's path, baked into the test assembly by Bicep.props.</summary>
    public static string Executable { get; } = Locate();

    public static async Task<BicepRun> RunAsync(string workingDirectory, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new BicepRun(string.Join(' ', start.ArgumentList), process.ExitCode, await output, await error);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepCli")?.Value
            ?? throw new InvalidOperationException("The test assembly has no BicepCli metadata; import tests/Serverless.Infra.Tests/Bicep/Bicep.props.");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI is missing; run 'dotnet restore'.", path);
        }

        // NuGet does not always keep the execute bit when it extracts a package.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }
}

public sealed record BicepRun(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Diagnostics in Bicep's default format, from both streams.</summary>
    public IReadOnlyList<BicepDiagnostic> Diagnostics { get; } = [.. BicepDiagnostic.Parse(Output), .. BicepDiagnostic.Parse(Error)];

    /// <summary>Fails unless the command exited 0 and reported no error, warning or info at all.</summary>
    public BicepRun EnsureClean()
    {
        if (ExitCode != 0 || Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(
                $"bicep {Command} exited {ExitCode} with {Diagnostics.Count} diagnostic(s):\n{string.Join('\n', Diagnostics)}\n{Error}");
        }

        return this;
    }
}
