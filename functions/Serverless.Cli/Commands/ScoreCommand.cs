using System.Text;
using System.Text.Json;
using Serverless.Scoring;

namespace Serverless.Cli.Commands;

/// <summary>score: scores a predicted split (the output of split) against a page's truth file, as score.py does.</summary>
public static class ScoreCommand
{
    public const string Usage = "score PAGE.txt TRUTH.json PRED.json [--verbose]";

    public static int Execute(CliArguments args, TextWriter output)
    {
        if (args.Positional.Count != 3)
        {
            throw new CliException($"Usage: {Usage}");
        }

        if (args.Positional.FirstOrDefault(file => !File.Exists(file)) is { } missing)
        {
            throw new CliException($"No such file: {missing}");
        }

        PageScoreReport report;
        try
        {
            report = PageScorer.ScoreFiles(args.Positional[0], args.Positional[1], args.Positional[2]);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or DecoderFallbackException)
        {
            throw new CliException($"Cannot score {args.Positional[2]}: {ex.Message}");
        }

        foreach (var line in report.Lines(args.Has("--verbose")))
        {
            output.WriteLine(line);
        }

        return 0;
    }
}
