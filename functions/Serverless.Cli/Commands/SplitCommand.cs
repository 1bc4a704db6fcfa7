using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serverless.Publishing;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Enrichment;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Ingest.Decoding;
using Serverless.Publishing.Pdf;
using Serverless.Publishing.Pdf.Articles;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;

namespace Serverless.Cli.Commands;

/// <summary>split: prints a page's articles as JSON without touching storage (a PDF: the articles of all its pages).</summary>
public static class SplitCommand
{
    public const string Usage = "split FILE|- [FILE ... --out DIR] [--enrich] [--explain] [--layout] [--published yyyy-MM-dd] [--publication NAME]";

    private static readonly JsonSerializerOptions LineJson = new(ArticleJson.Options) { WriteIndented = false };

    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, Stream stdin, CancellationToken cancellationToken)
    {
        var outDir = args.Value("--out");
        if (args.Positional.Count == 0 || (args.Positional.Count > 1 && outDir is null))
        {
            throw new CliException($"Usage: {Usage}");
        }

        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build())
            .AddLogging()
            .AddPublishingPipeline()
            .BuildServiceProvider();
        if (outDir is null)
        {
            return await SplitAsync(services, args, args.Positional[0], output, stdin, cancellationToken);
        }

        // many files in one process: DIR/NAME.json each, a failed file reported and the rest carried on
        Directory.CreateDirectory(outDir);
        var failed = 0;
        foreach (var file in args.Positional)
        {
            await using var writer = new StreamWriter(Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".json"));
            try
            {
                await SplitAsync(services, args, file, writer, stdin, cancellationToken);
            }
            catch (CliException ex)
            {
                failed++;
                await Console.Error.WriteLineAsync($"error: {ex.Message}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static async Task<int> SplitAsync(
        ServiceProvider services, CliArguments args, string file, TextWriter output, Stream stdin, CancellationToken cancellationToken)
    {
        var fromStdin = file == "-";
        if (!fromStdin && !File.Exists(file))
        {
            throw new CliException($"No such file: {file}");
        }

        var bytes = fromStdin ? await ReadAllAsync(stdin, cancellationToken) : await File.ReadAllBytesAsync(file, cancellationToken);

        var metadata = new Dictionary<string, string>();
        if (args.Value("--published") is { } published)
        {
            metadata[PageOrigin.PublishedMetadata] = published;
        }

        if (args.Value("--publication") is { } publication)
        {
            metadata[PageOrigin.PublicationMetadata] = publication;
        }

        if (args.Has("--explain") && !PdfSignature.IsPdf(bytes))
        {
            string text;
            try
            {
                text = PageDecoder.Decode(bytes);
            }
            catch (PageRejectedException ex)
            {
                throw new CliException($"{file}: {ex.Message}");
            }

            var explained = ActivatorUtilities.CreateInstance<PageSplitter>(services).Explain(text)
                ?? throw new CliException("No splitter model is embedded in this build: nothing to explain.");
            SplitExplanation.Write(explained, output, services.GetRequiredService<IOptions<SplittingOptions>>().Value.GateMarginPerLine);
            return 0;
        }

        var info = fromStdin
            ? PageOrigin.Resolve("stdin.txt", metadata, DateTimeOffset.UtcNow, "local")
            : PageOrigin.Resolve(Path.GetFileName(file), metadata, File.GetLastWriteTimeUtc(file), "local");
        IReadOnlyList<Article> articles;
        PageContents contents;
        try
        {
            contents = services.GetRequiredService<PageReader>().Read(bytes, cancellationToken);
            articles = services.GetRequiredService<PageArticleSplitter>().Split(info, contents);
        }
        catch (PageRejectedException ex)
        {
            throw new CliException($"{file}: {ex.Message}");
        }

        if (args.Has("--layout") || args.Has("--explain"))
        {
            var splitter = services.GetRequiredService<LayoutSplitter>();
            var records = contents.Pages.Where(p => p.Layout is not null).SelectMany(p => splitter.Explain(p.Layout!));
            if (args.Has("--explain"))
            {
                LayoutExplanation.Write(records, output);
                return 0;
            }

            // one JSON record per line: the layout features a learned splitter reads, and the layout's decisions
            foreach (var record in records)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(record, LineJson));
            }

            return 0;
        }

        if (contents.Truncated)
        {
            await Console.Error.WriteLineAsync($"warning: {file}: {services.GetRequiredService<PageArticleSplitter>().LimitMessage(contents)}");
        }

        if (args.Has("--enrich"))
        {
            articles = await EnrichPageService.EnrichAsync(articles, services.GetRequiredService<ITextAnalyzer>(), cancellationToken);
        }

        await output.WriteLineAsync(JsonSerializer.Serialize(articles, ArticleJson.Options));
        return 0;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stdin, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stdin.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
