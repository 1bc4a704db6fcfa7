using System.Diagnostics;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>Headless Chromium as a test's browser (Debian packages chromium and fonts-noto-cjk; build/install-chromium.sh installs them).</summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>CHROMIUM_PATH, else the first of chromium / chromium-browser / google-chrome on PATH.</summary>
    public static string? Executable { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
        ? configured
        : new[] { "chromium", "chromium-browser", "google-chrome" }.Select(TestRequirements.OnPath).FirstOrDefault(p => p is not null);

    /// <summary>The DOM after scripts and stylesheets (XSLT included) have run, as Chromium serialises it.</summary>
    public static async Task<string> DumpDomAsync(Uri url, CancellationToken cancellationToken) =>
        await RunAsync(["--dump-dom", url.AbsoluteUri], cancellationToken);

    public static async Task ScreenshotAsync(Uri url, string file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Delete(file);
        await RunAsync([$"--screenshot={file}", "--window-size=1200,1600", "--hide-scrollbars", url.AbsoluteUri], cancellationToken);
    }

    /// <summary>Families fontconfig offers for Chinese; empty means Chromium would draw boxes (fonts-noto-cjk missing).</summary>
    public static async Task<string> ChineseFontsAsync(CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo("fc-list", [":lang=zh", "family"]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("Could not start fc-list.");
        var families = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return families;
    }

    private static async Task<string> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Executable ?? throw new InvalidOperationException("Chromium is not installed: run build/install-chromium.sh (Debian packages chromium, fonts-noto-cjk).");
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}",
            }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds} s: {await stderr}");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {await stderr}");
            }

            return await stdout;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium's helpers may still hold a file for a moment; a temp folder left behind is harmless.
            }
        }
    }
}

/// <summary>
/// A test that needs Chromium. Skipped on a developer machine without it; in CI (CI=true) it runs and fails,
/// because CI installs Chromium first (build/install-chromium.sh) and a silent skip would hide a broken setup.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() =>
        Skip = TestRequirements.SkipReason(Chromium.Executable is null ? "Chromium is not installed; run build/install-chromium.sh." : null, TestRequirements.InCi);
}
