using System.Diagnostics;
using System.Text;
using Serverless.Scoring;

namespace Serverless.Publishing.Tests.Corpus;

/// <summary>Runs the team's reference scorer (../shared/eval/score.py) on a page, its truth and a predicted split.</summary>
public sealed class ScoreScript(string scorePy)
{
    public async Task<PageScore> ScoreAsync(string page, string truth, string prediction, CancellationToken cancellationToken) =>
        PageScore.Parse((await RunAsync(page, truth, prediction, verbose: false, cancellationToken))[^1]);

    /// <summary>What score.py prints, line by line: with <paramref name="verbose"/> the article lines, then the metrics.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(string page, string truth, string prediction, bool verbose, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { scorePy, page, truth, prediction }.Concat(verbose ? ["--verbose"] : []))
        {
            start.ArgumentList.Add(argument);
        }

        // score.py prints with ensure_ascii=False: make Python write UTF-8 whatever the locale.
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"score.py failed on {page} (exit {process.ExitCode}): {await errors}");
        }

        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
