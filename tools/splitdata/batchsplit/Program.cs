using Serverless.Cli.Commands;

// usage: BatchSplit OUT_DIR PAGE.txt|DIR ...  writes OUT_DIR/NAME.json, exactly what `serverless split PAGE.txt` prints,
// skipping pages already predicted; a page that fails gets NAME.error instead.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: BatchSplit OUT_DIR PAGE.txt|DIR ...");
    return 2;
}

var outDir = Directory.CreateDirectory(args[0]).FullName;
var pages = args.Skip(1)
    .SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.txt", SearchOption.AllDirectories).Order() : [p]);
var failed = 0;
foreach (var page in pages)
{
    var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(page) + ".json");
    if (File.Exists(target))
    {
        continue;
    }

    using var output = new StringWriter();
    try
    {
        await SplitCommand.ExecuteAsync(new CliArguments([page], [], []), output, Stream.Null, CancellationToken.None);
        await File.WriteAllTextAsync(target, output.ToString());
    }
    catch (Exception ex)
    {
        failed++;
        await File.WriteAllTextAsync(Path.ChangeExtension(target, ".error"), ex.ToString());
    }
}

return failed == 0 ? 0 : 1;
