using Serverless.Publishing.Storage;

namespace Serverless.Cli.Commands;

/// <summary>
/// retry: once the cause of a failure is fixed, sends every message of the stages' poison queues back to its stage's
/// queue, oldest first. The error records stay until the stage succeeds on the message, which clears them.
/// </summary>
public static class RetryCommand
{
    public const string Usage = "retry [--stage split|enrich|publish] [--storage CONN|BLOB-ENDPOINT]";

    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, CancellationToken cancellationToken)
    {
        var (connection, _) = await StorageConnection.ResolveAsync(args.Value("--storage"), startAzurite: false, output, cancellationToken);
        var queues = StorageSettings.Queues(connection);
        var stage = args.Value("--stage");
        var chosen = stage switch
        {
            null => queues.All.ToList(),
            "split" => [queues.PageEvents],
            "enrich" => [queues.Enrich],
            "publish" => [queues.Publish],
            _ => throw new CliException($"--stage must be split, enrich or publish, not '{stage}'."),
        };

        var total = 0;
        foreach (var queue in chosen)
        {
            var poison = queues.Poison(queue);
            if (!(await poison.ExistsAsync(cancellationToken)).Value)
            {
                continue;
            }

            var moved = 0;
            while (true)
            {
                var batch = (await poison.ReceiveMessagesAsync(maxMessages: 32, visibilityTimeout: TimeSpan.FromMinutes(1), cancellationToken)).Value;
                if (batch.Length == 0)
                {
                    break;
                }

                foreach (var message in batch)
                {
                    // Send before delete: a crash in between leaves a duplicate, which the stages absorb, never a loss.
                    await queue.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                    await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                    moved++;
                }
            }

            if (moved > 0)
            {
                output.WriteLine($"Re-queued {moved} message(s) from {poison.Name} to {queue.Name}.");
            }

            total += moved;
        }

        output.WriteLine(total == 0 ? "No failed messages to retry." : $"Re-queued {total} message(s); a running dev host or Function App picks them up.");
        return 0;
    }
}
