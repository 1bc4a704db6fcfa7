using Serverless.Publishing.Storage;

namespace Serverless.Cli.Commands;

/// <summary>upload: puts a page into the pages container of a running pipeline.</summary>
public static class UploadCommand
{
    public const string Usage = "upload FILE [--name BLOB] [--published yyyy-MM-dd] [--publication NAME] [--storage CONN|BLOB-ENDPOINT]";

    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 1)
        {
            throw new CliException($"Usage: {Usage}");
        }

        var (connection, _) = await StorageConnection.ResolveAsync(args.Value("--storage"), startAzurite: false, output, cancellationToken);
        var pages = StorageSettings.Client(connection).GetBlobContainerClient(new StorageOptions().PagesContainer);
        var name = await PageUploader.UploadAsync(pages, StorageSettings.Queues(connection), args.Positional[0], args.Value("--name"), args.Value("--published"), args.Value("--publication"), cancellationToken);
        output.WriteLine($"Uploaded {args.Positional[0]} → {pages.Uri}/{name}");
        return 0;
    }
}
