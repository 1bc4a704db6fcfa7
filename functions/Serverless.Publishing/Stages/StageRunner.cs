using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Stages.Messages;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Stages;

/// <summary>
/// What both hosts' queue triggers call: reads the message, runs the stage, and on the message's last attempt leaves an
/// error record holding the message before the trigger moves it to the poison queue. A message that cannot be read is
/// recorded at once and not retried, since no retry can make it readable.
/// </summary>
public sealed class StageRunner(
    SplitPageService split, EnrichPageService enrich, PublishFeedService publish, PipelineStorage storage, PipelineQueues queues,
    ErrorRecorder errors, IOptions<StageOptions> options, ILogger<StageRunner> logger)
{
    public Task SplitPageAsync(QueueMessage message, CancellationToken cancellationToken) =>
        RunAsync(StageNames.SplitPage, queues.PageEvents.Name, message, PageEvent.Parse,
            e => e.TryGetBlobName(storage.Pages.Name, out var page) ? page : e.Id,
            (e, ct) => split.SplitAsync(e, ct), clearOnSuccess: false, cancellationToken);

    public Task EnrichPageAsync(QueueMessage message, CancellationToken cancellationToken) =>
        RunAsync(StageNames.EnrichArticle, queues.Enrich.Name, message, PageWork.Parse, w => w.Page,
            (w, ct) => enrich.EnrichPageAsync(w, ct), clearOnSuccess: true, cancellationToken);

    public Task PublishPageAsync(QueueMessage message, CancellationToken cancellationToken) =>
        RunAsync(StageNames.PublishFeed, queues.Publish.Name, message, PageWork.Parse, w => w.Page,
            (w, ct) => publish.PublishPageAsync(w, ct), clearOnSuccess: true, cancellationToken);

    private async Task RunAsync<T>(
        string stage, string queue, QueueMessage message, Func<string, T> parse, Func<T, string> inputName,
        Func<T, CancellationToken, Task> run, bool clearOnSuccess, CancellationToken cancellationToken)
    {
        var text = message.Body.ToString();
        T item;
        try
        {
            item = parse(text);
        }
        catch (JsonException ex)
        {
            await errors.RecordAsync(stage, queue, $"unreadable-messages/{message.MessageId}", ex, cancellationToken, failedMessage: text);
            return;
        }

        var input = inputName(item);
        // Not linked to the host's token: on a stop the attempt gets StopGrace to finish, rather than being cut off mid-write.
        using var attempt = new CancellationTokenSource(options.Value.Timeout);
        using var stopping = cancellationToken.Register(() => attempt.CancelAfter(options.Value.StopGrace));
        try
        {
            try
            {
                await run(item, attempt.Token);
            }
            catch (OperationCanceledException) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Stage {stage} did not finish within {options.Value.Timeout} (Stages:Timeout).");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException && message.DequeueCount >= options.Value.MaxDequeueCount)
        {
            logger.LogError(ex, "Stage {Stage} failed on {Input} for the last time ({Attempts} attempts); the message goes to {PoisonQueue}",
                stage, BlobNames.Printable(input), message.DequeueCount, Queues.Poison(queue));
            await errors.RecordAsync(stage, queue, input, ex, cancellationToken, failedMessage: text);
            throw;
        }

        if (clearOnSuccess && BlobNames.TryParse(input, out var name, out _))
        {
            await errors.ClearAsync(stage, name, cancellationToken);
        }
    }
}
