using System.Diagnostics;
using System.Text;

namespace Serverless.Publishing.Tests.Corpus;

/// <summary>Runs the team's scorer (../shared/eval/score.py) on a page, its truth and a predicted split.</summary>
public sealed class ScoreScript(string scorePy)
{
    public async Task<PageScore> ScoreAsync(string page, string truth, string prediction, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { scorePy, page, truth, prediction })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"score.py failed on {page} (exit {process.ExitCode}): {await errors}");
        }

        // the metrics are the last line; --verbose details would come before it
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return PageScore.Parse(lines[^1]);
    }
}
