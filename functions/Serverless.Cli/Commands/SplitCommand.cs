using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;

namespace Serverless.Cli.Commands;

/// <summary>split: prints a page's articles as JSON without touching storage.</summary>
public static class SplitCommand
{
    public const string Usage = "split FILE|- [--enrich] [--explain] [--published yyyy-MM-dd] [--publication NAME]";

    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, Stream stdin, CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 1)
        {
            throw new CliException($"Usage: {Usage}");
        }

        var file = args.Positional[0];
        var fromStdin = file == "-";
        if (!fromStdin && !File.Exists(file))
        {
            throw new CliException($"No such file: {file}");
        }

        string text;
        try
        {
            text = PageDecoder.Decode(fromStdin ? await ReadAllAsync(stdin, cancellationToken) : await File.ReadAllBytesAsync(file, cancellationToken));
        }
        catch (PageRejectedException ex)
        {
            throw new CliException($"{file}: {ex.Message}");
        }

        var metadata = new Dictionary<string, string>();
        if (args.Value("--published") is { } published)
        {
            metadata[PageOrigin.PublishedMetadata] = published;
        }

        if (args.Value("--publication") is { } publication)
        {
            metadata[PageOrigin.PublicationMetadata] = publication;
        }

        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            .AddLogging()
            .AddPublishingPipeline()
            .BuildServiceProvider();
        if (args.Has("--explain"))
        {
            var explained = ActivatorUtilities.CreateInstance<PageSplitter>(services).Explain(text)
                ?? throw new CliException("No splitter model is embedded in this build: nothing to explain.");
            SplitExplanation.Write(explained, output);
            return 0;
        }

        var info = fromStdin
            ? PageOrigin.Resolve("stdin.txt", metadata, DateTimeOffset.UtcNow, "local")
            : PageOrigin.Resolve(Path.GetFileName(file), metadata, File.GetLastWriteTimeUtc(file), "local");
        var articles = DraftBuilder.Build(info, services.GetRequiredService<IPageSplitter>().Split(text));
        if (args.Has("--enrich"))
        {
            articles = await EnrichArticleService.EnrichAsync(articles, services.GetRequiredService<ITextAnalyzer>(), cancellationToken);
        }

        output.WriteLine(JsonSerializer.Serialize(articles, ArticleJson.Options));
        return 0;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stdin, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stdin.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
