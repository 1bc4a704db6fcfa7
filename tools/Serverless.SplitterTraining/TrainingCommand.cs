using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Splitting.Model;
using Serverless.Publishing.Stages;

namespace Serverless.SplitterTraining;

/// <summary>
/// usage: Serverless.SplitterTraining [--data DIR] [--out MODEL] [--epochs N] [--bits N] [--seed N] [--max-pages N]
///        [--hold-out-ocr FOLD] [--ocr-weight N] [--corpus DIR] [--corpus-weight N] [--predict DIR] [--test] [--oracle] [--curve N,N]
/// Trains on DIR/composed/train, DIR/pdf/train and the OCR folds DIR/ocr1912/fold-* (but the held-out one), keeps the
/// epoch with the fewest wrong tags on DIR/composed/dev + DIR/pdf/dev, writes the model, and with --predict writes
/// every dev page's articles (and with --test the test pages' and the held-out fold's) as JSON for score.py.
/// </summary>
public static class TrainingCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var data = Value(args, "--data") ?? "/work/data";
        var output = Value(args, "--out") ?? "functions/Serverless.Publishing/Splitting/Model/splitter.model";
        var epochs = Number(args, "--epochs", 10);
        var bits = Number(args, "--bits", 20);
        var seed = Number(args, "--seed", 20261202);
        var maxPages = Number(args, "--max-pages", int.MaxValue);
        var ocrWeight = Number(args, "--ocr-weight", 4);
        var holdOut = Value(args, "--hold-out-ocr");
        var predict = Value(args, "--predict");
        var clock = Stopwatch.StartNew();

        var folds = Directory.Exists(Path.Combine(data, "ocr1912"))
            ? Directory.GetDirectories(Path.Combine(data, "ocr1912"), "fold-*").Order(StringComparer.Ordinal).ToList()
            : [];
        var options = new SplittingOptions();
        var random = new Random(seed);
        var chinese = Load(Pages(data, "composed/train", "pdf/train"), options).ToArray();
        random.Shuffle(chinese);
        var train = chinese.Take(maxPages).ToList();
        foreach (var fold in folds.Where(f => Path.GetFileName(f) != holdOut))
        {
            var ocr = Load(TruthPage.Find(fold), options);
            for (var r = 0; r < ocrWeight; r++)
            {
                train.AddRange(ocr);
            }
        }

        // The repository's written corpus pages (tests/corpus), never the indep-* pages: those stay a test of other papers.
        if (Value(args, "--corpus") is { } corpus && Directory.Exists(corpus))
        {
            var written = Load(TruthPage.Find(corpus).Where(p => !Path.GetFileName(p).StartsWith("indep-", StringComparison.Ordinal)), options);
            for (var r = 0; r < Number(args, "--corpus-weight", 8); r++)
            {
                train.AddRange(written);
            }
        }

        var dev = Load(Pages(data, "composed/dev", "pdf/dev"), options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{train.Count} training pages (OCR ×{ocrWeight}), {dev.Count} dev pages, features in {clock.Elapsed.TotalSeconds:F0} s"));

        // Learning curve: the same training on the first N Chinese pages only (the OCR folds always in).
        var ocrPages = train.Skip(Math.Min(maxPages, chinese.Length)).ToList();
        foreach (var size in (Value(args, "--curve") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        {
            var (curveModel, curveError) = Train([.. chinese.Take(size), .. ocrPages], dev, bits, epochs, new Random(seed), clock);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"curve {size} Chinese pages: dev tags wrong {curveError:P2}"));
            if (predict is not null)
            {
                var devPages = dev.Where(p => p.TextPath.Contains("/composed/", StringComparison.Ordinal)).ToList();
                await WritePredictionsAsync(Path.Combine(predict, $"curve-{size}"), devPages, page => LineTagger.Articles(new LineTagger(curveModel).Tag(page.Context, page.Features)));
            }
        }

        var (best, bestError) = Train(train, dev, bits, epochs, random, clock);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await using (var file = File.Create(output))
        {
            best!.Save(file);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {output} ({new FileInfo(output).Length / 1024} KB), dev tags wrong {bestError:P2}, {clock.Elapsed.TotalSeconds:F0} s in all"));
        if (predict is not null)
        {
            var sets = new List<(string Name, List<TruthPage> Pages)> { ("composed-dev", Load(Pages(data, "composed/dev"), options)), ("pdf-dev", Load(Pages(data, "pdf/dev"), options)) };
            if (args.Contains("--test"))
            {
                sets.Add(("composed-test", Load(Pages(data, "composed/test"), options)));
                sets.Add(("pdf-test", Load(Pages(data, "pdf/test"), options)));
            }

            if (holdOut is not null && folds.FirstOrDefault(f => Path.GetFileName(f) == holdOut) is { } held)
            {
                sets.Add(("ocr-" + holdOut, Load(TruthPage.Find(held), options)));
            }

            foreach (var (name, pages) in sets.Where(s => s.Pages.Count > 0))
            {
                await WritePredictionsAsync(Path.Combine(predict, name), pages, page => LineTagger.Articles(new LineTagger(best).Tag(page.Context, page.Features)));
                await WritePredictionsAsync(Path.Combine(predict, name + ".rules"), pages, page => PageSplitter.Assemble(page.Context.Rules.Drafts, page.Context.Profile));
                if (args.Contains("--oracle"))
                {
                    // The gold tags through the same assembly: the ceiling of the tag encoding and the assembler.
                    await WritePredictionsAsync(Path.Combine(predict, name + ".gold"), pages, page => LineTagger.Articles(new TaggedPage(page.Context, page.Gold, new float[page.Gold.Length * LineTags.Count])));
                }
            }
        }

        return 0;
    }

    /// <summary>Trains for the given epochs and keeps the averaged weights of the epoch with the fewest wrong dev tags.</summary>
    private static (SplitterModel Model, double DevError) Train(List<TruthPage> train, List<TruthPage> dev, int bits, int epochs, Random random, Stopwatch clock)
    {
        var trainer = new PerceptronTrainer(bits);
        SplitterModel? best = null;
        var bestError = double.MaxValue;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var trainError = trainer.Epoch(train, random);
            var averaged = trainer.Averaged();
            var devError = dev.Count == 0 ? trainError : TagError(averaged, dev);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: train tags wrong {trainError:P2}, dev tags wrong {devError:P2} ({clock.Elapsed.TotalSeconds:F0} s)"));
            if (devError < bestError)
            {
                (best, bestError) = (averaged, devError);
            }
        }

        return (best!, bestError);
    }

    private static double TagError(SplitterModel model, IReadOnlyList<TruthPage> pages)
    {
        long wrong = 0;
        long total = 0;
        foreach (var page in pages)
        {
            var tags = model.Decode(model.Emissions(page.Features));
            total += tags.Length;
            wrong += tags.Where((t, k) => t != page.Gold[k]).Count();
        }

        return total == 0 ? 0 : (double)wrong / total;
    }

    private static async Task WritePredictionsAsync(string folder, IReadOnlyList<TruthPage> pages, Func<TruthPage, IReadOnlyList<SplitArticle>> split)
    {
        Directory.CreateDirectory(folder);
        var manifest = new List<string>();
        foreach (var page in pages)
        {
            var name = Path.GetFileNameWithoutExtension(page.TextPath);
            var origin = PageOrigin.Resolve(name + ".txt", new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, "training");
            var prediction = Path.Combine(folder, name + ".json");
            await File.WriteAllTextAsync(prediction, JsonSerializer.Serialize(DraftBuilder.Build(origin, split(page)), ArticleJson.Options));
            manifest.Add($"{Path.GetFullPath(page.TextPath)}\t{Path.GetFullPath(page.TruthPath)}\t{Path.GetFullPath(prediction)}");
        }

        await File.WriteAllLinesAsync(Path.Combine(folder, "manifest.tsv"), manifest);
    }

    private static IEnumerable<string> Pages(string data, params string[] folders) =>
        folders.Select(f => Path.Combine(data, f)).Where(Directory.Exists).SelectMany(TruthPage.Find);

    private static List<TruthPage> Load(IEnumerable<string> paths, SplittingOptions options)
    {
        var list = paths.ToList();
        var pages = new TruthPage[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => pages[i] = TruthPage.Load(list[i], options));
        return [.. pages];
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Number(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
