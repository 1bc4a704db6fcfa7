using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serverless.Cli.DevHost;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.Commands;

/// <summary>run: the dev host. Starts Azurite if needed, runs the pipeline, uploads pages and follows them to the feed.</summary>
public static class RunCommand
{
    public const string Usage = "run [--storage CONN] [--upload FILE ...] [--until-idle] [--timeout SECONDS] [--verbose]";

    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(int.TryParse(args.Value("--timeout"), out var seconds) ? seconds : 120);
        var (connection, azurite) = await StorageConnection.ResolveAsync(args.Value("--storage"), startAzurite: true, output, cancellationToken);
        await using var _ = azurite;

        var host = DevHostBuilder.Build(connection, args.Has("--verbose") ? LogLevel.Information : LogLevel.Warning);
        try
        {
            return await RunAsync(host, args, timeout, output, cancellationToken);
        }
        finally
        {
            await host.StopQuietlyAsync();
        }
    }

    private static async Task<int> RunAsync(IHost host, CliArguments args, TimeSpan timeout, TextWriter output, CancellationToken cancellationToken)
    {
        var storage = host.Services.GetRequiredService<PipelineStorage>();
        await storage.EnsureContainersAsync(cancellationToken);
        var queues = host.Services.GetRequiredService<PipelineQueues>();
        await queues.EnsureQueuesAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        output.WriteLine("Pipeline running: pages → (event) page-events → SplitPage → enrich-page → EnrichPage → publish-page → PublishPage → feed.");

        var uploaded = new List<string>();
        foreach (var file in args.Values("--upload"))
        {
            uploaded.Add(await PageUploader.UploadAsync(storage.Pages, queues, file, null, null, null, cancellationToken));
            output.WriteLine($"Uploaded {file} → {storage.Pages.Name}/{uploaded[^1]}");
        }

        var feedUrl = storage.Feed.GetBlobClient(PublishFeedService.RssBlob).Uri;
        var failed = false;
        if (uploaded.Count > 0)
        {
            var watcher = new PipelineWatcher(storage, queues, host.Services.GetRequiredService<FeedIndexStore>());
            var results = await watcher.WaitAsync(uploaded, timeout, p => output.WriteLine(Describe(p)), cancellationToken);
            failed = results.Any(r => r.State != PageState.InFeed);
            foreach (var result in results.Where(r => !r.IsFinal))
            {
                output.WriteLine($"  {result.Page}: not in the feed after {timeout.TotalSeconds:0} s ({result.State}).");
            }
        }

        output.WriteLine($"Feed: {feedUrl}");
        var (index, _) = await host.Services.GetRequiredService<FeedIndexStore>().ReadAsync(cancellationToken);
        foreach (var article in index.Items)
        {
            output.WriteLine($"  - {article.Title}");
        }

        if (args.Has("--until-idle"))
        {
            return failed ? 1 : 0;
        }

        output.WriteLine($"Serving until Ctrl+C. Upload more pages to container '{storage.Pages.Name}' and they appear in the feed within seconds.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("Stopping: no new messages are taken; work in flight may finish (DevHost:ShutdownGrace, 30 s by default).");
        }

        return 0;
    }

    private static string Describe(PageProgress p) => p.State switch
    {
        PageState.Failed => $"  {p.Page}: failed: {p.Error}",
        PageState.InFeed => $"  {p.Page}: {p.Drafts} articles, all in the feed",
        _ => $"  {p.Page}: {p.Drafts} drafts, {p.Enriched} enriched, {p.InFeed} in the feed",
    };
}
