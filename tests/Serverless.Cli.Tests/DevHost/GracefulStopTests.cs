using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Storage;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>
/// A stop (what Ctrl+C and SIGTERM do) while a page is being enriched: the host takes nothing new, lets the attempt in
/// flight finish within Stages:StopGrace, writes its articles, and only then exits.
/// </summary>
[Trait("Category", "Integration")]
public sealed class GracefulStopTests : IAsyncLifetime
{
    private static readonly TimeSpan Work = TimeSpan.FromSeconds(3);
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunningDevHost running = null!;

    private PipelineStorage Storage => running.Storage;

    public async Task InitializeAsync() => running = await RunningDevHost.StartAsync(services: services =>
    {
        var original = services.Last(d => d.ServiceType == typeof(ITextAnalyzer));
        services.Remove(original);
        services.AddSingleton<ITextAnalyzer>(sp => new SlowAnalyzer((ITextAnalyzer)original.ImplementationFactory!(sp), started));
    });

    public async Task DisposeAsync() => await running.DisposeAsync();

    [Fact]
    public async Task Work_in_flight_finishes_before_the_host_exits()
    {
        const string page = "stop/page.txt";
        await Storage.Pages.GetBlobClient(page).UploadAsync(BinaryData.FromString("Council opens new library\n\nSPRINGFIELD, May 2 — The council opened a new library on Monday.\n"));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var stopping = Stopwatch.StartNew();
        await running.Host.StopAsync(CancellationToken.None);

        Assert.True(stopping.Elapsed >= Work / 2, $"stopped after {stopping.Elapsed.TotalSeconds:0.0} s, before the work in flight could finish");
        var article = Storage.Articles.GetBlobClient(BlobNames.Article(ArticleIds.ArticleId(ArticleIds.PageId(page), 1)));
        Assert.True((await article.ExistsAsync()).Value, "the enrichment in flight was cut off");
    }

    /// <summary>Takes <see cref="Work"/> per batch, honouring its token, and says when the first batch began.</summary>
    private sealed class SlowAnalyzer(ITextAnalyzer inner, TaskCompletionSource started) : ITextAnalyzer
    {
        public async Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken)
        {
            started.TrySetResult();
            await Task.Delay(Work, cancellationToken);
            return await inner.AnalyzeAsync(documents, cancellationToken);
        }
    }
}
