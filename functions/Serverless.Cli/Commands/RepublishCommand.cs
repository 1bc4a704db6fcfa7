using System.Globalization;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.Commands;

/// <summary>
/// republish: after an editor changed article blobs (articles/{id}.json), sends them to the publish stage, one message
/// per page, so the feeds and site pages pick the changes up. Writing an article blob alone triggers nothing.
/// </summary>
public static class RepublishCommand
{
    public const string Usage = "republish ARTICLE-ID... [--storage CONN|BLOB-ENDPOINT]";

    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Positional.Count == 0)
        {
            throw new CliException($"Usage: {Usage}");
        }

        var byPage = args.Positional.Select(Parse).GroupBy(a => a.PageId).ToList();
        var (connection, _) = await StorageConnection.ResolveAsync(args.Value("--storage"), startAzurite: false, output, cancellationToken);
        var publish = StorageSettings.Queues(connection).Publish;
        await publish.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var page in byPage)
        {
            var work = new PageWork(page.Key, page.Key, [.. page.Select(a => a.Ordinal).Distinct().Order()]);
            await publish.SendMessageAsync(work.ToJson(), cancellationToken);
            output.WriteLine($"Queued {work.Ordinals.Count} article(s) of page {page.Key} for publishing.");
        }

        return 0;
    }

    /// <summary>An article id is {pageId}-{ordinal}, the name of its blob without .json.</summary>
    private static (string PageId, int Ordinal) Parse(string articleId)
    {
        var id = articleId.EndsWith(".json", StringComparison.Ordinal) ? articleId[..^5] : articleId;
        var dash = id.LastIndexOf('-');
        if (dash <= 0 || !int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) || ordinal < 1
            || BlobNames.IdProblemOf(id) is not null)
        {
            throw new CliException($"'{BlobNames.Printable(articleId)}' is not an article id ({{pageId}}-{{ordinal}}, as in articles/{{id}}.json).");
        }

        return (id[..dash], ordinal);
    }
}
