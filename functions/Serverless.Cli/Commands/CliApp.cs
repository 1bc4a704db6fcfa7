namespace Serverless.Cli.Commands;

public static class CliApp
{
    private static readonly string Help = $"""
        serverless: the local dev host and user CLI of the Serverless publishing pipeline.

        Usage:
          {RunCommand.Usage}
          {SplitCommand.Usage}
          {UploadCommand.Usage}
          {ScoreCommand.Usage}
          {RetryCommand.Usage}
          {RepublishCommand.Usage}

        Without --storage, commands use Azurite on its default ports (run starts it when none answers).
        """;

    /// <param name="input">What <c>split -</c> reads; standard input when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken, Stream? input = null)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Help);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            var rest = args[1..];
            return args[0] switch
            {
                "run" => await RunCommand.ExecuteAsync(new CliArguments(rest, ["--until-idle", "--verbose"], ["--storage", "--upload", "--timeout"]), output, cancellationToken),
                "split" => await SplitCommand.ExecuteAsync(new CliArguments(rest, ["--enrich", "--explain", "--layout"], ["--published", "--publication", "--out"]), output, input ?? Console.OpenStandardInput(), cancellationToken),
                "upload" => await UploadCommand.ExecuteAsync(new CliArguments(rest, [], ["--storage", "--name", "--published", "--publication"]), output, cancellationToken),
                "republish" => await RepublishCommand.ExecuteAsync(new CliArguments(rest, [], ["--storage"]), output, cancellationToken),
                "retry" => await RetryCommand.ExecuteAsync(new CliArguments(rest, [], ["--storage", "--stage"]), output, cancellationToken),
                "score" => ScoreCommand.Execute(new CliArguments(rest, ["--verbose"], []), output),
                _ => throw new CliException($"Unknown command '{args[0]}'.\n\n{Help}"),
            };
        }
        catch (CliException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("Cancelled.");
            return 130;
        }
    }
}
