using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using EnrichmentRegistration = Serverless.Publishing.Enrichment.EnrichmentServiceCollectionExtensions;
using Serverless.Publishing.Enrichment.Language;
using Serverless.Publishing.Enrichment.Local;

namespace Serverless.Publishing.Tests.Enrichment.Language;

/// <summary>An <see cref="AzureLanguageAnalyzer"/> against a local endpoint, with the real offline analyzer as fallback.</summary>
internal sealed class AnalyzerHarness : IAsyncDisposable
{
    public const string Key = "harness-key";

    /// <param name="endpoint">Where the client sends requests; the local endpoint unless given.</param>
    public AnalyzerHarness(SimulatedLanguageService? service = null, Uri? endpoint = null)
    {
        Service = service ?? new SimulatedLanguageService { Names = [("张明华", "Person"), ("焦作", "Location"), ("Alice Smith", "Person")] };
        Endpoint = new LocalLanguageEndpoint(request => Service.Respond(request, Endpoint!.Endpoint));
        Options = new LanguageOptions
        {
            Endpoint = endpoint ?? Endpoint.Endpoint,
            Key = Key,
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(5),
            JobPollingInterval = TimeSpan.FromMilliseconds(5),
        };
        Analyzer = new AzureLanguageAnalyzer(
            EnrichmentRegistration.CreateClient(Options), LocalAnalyzer(), Microsoft.Extensions.Options.Options.Create(Options), Time, Logger);
    }

    public SimulatedLanguageService Service { get; set; }

    public LocalLanguageEndpoint Endpoint { get; }

    public LanguageOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 4, 15, 8, 0, 0, TimeSpan.Zero));

    public FakeLogger<AzureLanguageAnalyzer> Logger { get; } = new();

    public AzureLanguageAnalyzer Analyzer { get; }

    /// <summary>The offline analyzer as the application registers it, whatever it needs.</summary>
    public static ITextAnalyzer LocalAnalyzer() => new ServiceCollection()
        .AddLogging()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddLocalAnalyzer()
        .BuildServiceProvider()
        .GetRequiredService<LocalTextAnalyzer>();

    /// <summary>Chinese news-like articles, each naming a reporter and a place; distinct content hashes.</summary>
    public static List<AnalysisDocument> Articles(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var title = $"焦作市第{i}次民生工作会议召开";
        string[] paragraphs =
        [
            $"本报讯（记者张明华）4月{i % 28 + 1}日，焦作市召开第{i}次民生工作会议。",
            $"会议要求，各部门要把第{i}批项目落到实处。记者张明华了解到，焦作今年投入资金{i + 10}亿元。",
        ];
        return new AnalysisDocument($"article-{i}", string.Join('\n', paragraphs), ContentHash.Of(title, paragraphs), title);
    }).ToList();

    public ValueTask DisposeAsync() => Endpoint.DisposeAsync();
}
