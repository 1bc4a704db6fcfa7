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
///        [--ocr-weight N] [--pdf-pages N] [--corpus DIR] [--corpus-weight N] [--load MODEL] [--eval] [--test] [--ocr-folds [--fold NAME]]
///        [--curve N,N] [--seed-page PAGE.txt] [--explain NAME] [--predict DIR] [--oracle]
///        [--second-out MODEL [--fold-epochs N] [--second-epochs N]] [--load-second MODEL]
/// Trains on DIR/composed/train, DIR/pdf/train, the OCR folds DIR/ocr1912/fold-* and (--corpus) the written corpus
/// pages but indep-*, keeps the epoch with the fewest wrong tags on DIR/composed/dev + DIR/pdf/dev and writes the
/// model (--load: evaluates a model instead of training one). --eval scores rules and model on dev, the seed page and
/// the indep-* pages; --test adds the test splits; --ocr-folds trains once per OCR date with that date held out;
/// --curve scores dev articles exact against the number of Chinese training pages. --second-out trains the second
/// reading after the first (its training pages read by two fold models of the first) and every score reads pages twice;
/// --load-second evaluates a second reading instead. --ocr-folds and --curve use the first reading only.
/// </summary>
public static class TrainingCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var run = new TrainingRun(args);
        var data = run.Value("--data") ?? "/work/data";
        var output = run.Value("--out") ?? "functions/Serverless.Publishing/Splitting/Model/splitter.model";
        var predict = run.Value("--predict");
        var options = new SplittingOptions();

        var folds = Directory.Exists(Path.Combine(data, "ocr1912"))
            ? Directory.GetDirectories(Path.Combine(data, "ocr1912"), "fold-*").Order(StringComparer.Ordinal)
                .Select(f => (Name: Path.GetFileName(f), Pages: Load(TruthPage.Find(f), options))).ToList()
            : [];
        // --pdf-pages N: at most N pdf/train pages (pdftotext pages are noisy: gold tags assemble to 48 % exact there).
        var pdf = Load(Pages(data, "pdf/train"), options).ToArray();
        new Random(run.Seed).Shuffle(pdf);
        var chinese = Load(Pages(data, "composed/train"), options).Concat(pdf.Take(run.Number("--pdf-pages", int.MaxValue))).ToArray();
        new Random(run.Seed).Shuffle(chinese);
        chinese = [.. chinese.Take(run.Number("--max-pages", int.MaxValue))];

        // The repository's written corpus pages (tests/corpus), never the indep-* pages: those stay a test of other papers.
        var written = new List<TruthPage>();
        if (run.Value("--corpus") is { } corpus && Directory.Exists(corpus))
        {
            var pages = Load(TruthPage.Find(corpus).Where(p => !Path.GetFileName(p).StartsWith("indep-", StringComparison.Ordinal)), options);
            for (var r = 0; r < run.Number("--corpus-weight", 8); r++)
            {
                written.AddRange(pages);
            }
        }

        var dev = Load(Pages(data, "composed/dev", "pdf/dev"), options);
        var composedDev = dev.Where(p => p.TextPath.Contains("/composed/", StringComparison.Ordinal)).ToList();
        List<TruthPage> TrainSet(IEnumerable<TruthPage> chineseSlice, string? heldOut) =>
            [.. chineseSlice, .. folds.Where(f => f.Name != heldOut).SelectMany(f => Enumerable.Repeat(f.Pages, run.OcrWeight).SelectMany(p => p)), .. written];

        run.Log($"{chinese.Length} Chinese training pages, {folds.Sum(f => f.Pages.Count)} OCR pages (×{run.OcrWeight}), {written.Count} corpus pages (weighted), {dev.Count} dev pages, features in {run.Clock.Elapsed.TotalSeconds:F0} s");

        // Learning curve: the same training on the first N Chinese pages (OCR and corpus pages always in).
        foreach (var size in (run.Value("--curve") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        {
            var (curveModel, curveError) = run.Train(TrainSet(chinese.Take(size), null), dev);
            run.Log($"curve {Math.Min(size, chinese.Length)} Chinese pages: dev tags wrong {curveError:P2}; {SetScore.Of("composed-dev.hybrid", composedDev, Hybrid(new Readers(curveModel, null)))}");
        }

        var gateReport = run.Value("--gate-report") is { } report ? new StreamWriter(report) : null;

        // Leave one date out: the OCR number comes from models that never saw that date's pages.
        if (run.Has("--ocr-folds"))
        {
            var (exact, truth, gatedExact) = (0, 0, 0);
            // --fold NAME: only that date held out (fold-1912-03-24 serves as the OCR dev fold for choices like --ocr-weight).
            foreach (var fold in folds.Where(f => run.Value("--fold") is not { } only || f.Name == only))
            {
                var (foldFirst, _) = run.Train(TrainSet(chinese, fold.Name), dev);
                var foldModel = new Readers(foldFirst, null);
                run.Log(SetScore.Of("ocr-" + fold.Name + ".model-only", fold.Pages, Learned(foldModel)).ToString());
                var learned = SetScore.Of("ocr-" + fold.Name + ".hybrid", fold.Pages, Hybrid(foldModel));
                run.Log(learned.ToString());
                run.Log(SetScore.Of("ocr-" + fold.Name + ".rules", fold.Pages, Rules).ToString());
                var gated = SetScore.Of("ocr-" + fold.Name + ".gated", fold.Pages, Gated(foldModel));
                run.Log(gated.ToString());
                (exact, truth, gatedExact) = (exact + learned.Exact, truth + learned.Truth, gatedExact + gated.Exact);
                if (gateReport is not null)
                {
                    // Each fold read by the model that never saw it; 1912-03-24 is the OCR dev fold, the others are test.
                    GateReport.Write(fold.Name == "fold-1912-03-24" ? "ocr-dev" : "ocr-test-" + fold.Name, fold.Pages, foldModel, Rules, gateReport);
                }
            }

            run.Log($"ocr all folds (learned): {exact}/{truth} exact ({(double)exact / Math.Max(truth, 1):P1}); gated {gatedExact}/{truth}");
        }

        SplitterModel first;
        if (run.Value("--load") is { } load)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var file = File.OpenRead(load);
            first = SplitterModel.Load(file);
            run.Log($"loaded {load} in {watch.ElapsedMilliseconds} ms");
        }
        else
        {
            (first, var bestError) = run.Train(TrainSet(chinese, null), dev);
            await SaveAsync(first, output);
            run.Log($"wrote {output} ({new FileInfo(output).Length / 1024} KB), dev tags wrong {bestError:P2}");
        }

        // The second reading: loaded (--load-second), trained after the first (--second-out), or none.
        SplitterModel? second = null;
        if (run.Value("--load-second") is { } loadSecond)
        {
            await using var file = File.OpenRead(loadSecond);
            second = SplitterModel.Load(file);
        }
        else if (run.Value("--second-out") is { } secondOutput)
        {
            second = StackedTraining.Train(run, first, TrainSet(chinese, null), dev);
            await SaveAsync(second, secondOutput);
            run.Log($"wrote {secondOutput} ({new FileInfo(secondOutput).Length / 1024} KB)");
        }

        var best = new Readers(first, second);
        var sets = EvaluationSets(run, data, options);
        if (run.Has("--eval"))
        {
            // --side-margins M,M: the one-sided headline decode at each margin, on dev only (tune there, never on test).
            foreach (var margin in (run.Value("--side-margins") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(float.Parse))
            {
                run.Log(SetScore.Of($"composed-dev.side-{margin}", sets[0].Pages, Hybrid(best, margin)).ToString());
            }

            // --gate-margins M,M: the per-page gate at each margin per line, on dev only.
            // --gate-margins M,M: the per-page gate at each margin per line, on dev only.
            foreach (var margin in (run.Value("--gate-margins") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(float.Parse))
            {
                foreach (var (name, pages) in sets.Where(s => s.Name.EndsWith("-dev", StringComparison.Ordinal)))
                {
                    run.Log(SetScore.Of($"{name}.gate-{margin}", pages, Gated(best, margin)).ToString());
                }
            }

            // --region-margins M,M: the rules' reading put back stretch by stretch at each margin, on dev only.
            foreach (var margin in (run.Value("--region-margins") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(float.Parse))
            {
                foreach (var (name, pages) in sets.Where(s => s.Name.EndsWith("-dev", StringComparison.Ordinal)))
                {
                    run.Log(SetScore.Of($"{name}.region-{margin}", pages, Blended(best, margin)).ToString());
                }
            }

            foreach (var (name, pages) in sets)
            {
                run.Log(SetScore.Of(name, pages, Learned(best)).ToString());
                run.Log(SetScore.Of(name + ".hybrid", pages, Hybrid(best)).ToString());
                run.Log(SetScore.Of(name + ".rules", pages, Rules).ToString());
                run.Log(SetScore.Of(name + ".gated", pages, Gated(best)).ToString());
                if (second is not null)
                {
                    run.Log(SetScore.Of(name + ".first-reading.gated", pages, Gated(best with { Second = null })).ToString());
                }
                if (run.Has("--oracle"))
                {
                    run.Log(SetScore.Of(name + ".gold", pages, Gold).ToString());
                    SetScore.Errors(pages, Gold, run.Number("--errors", 0), Console.Out, run.Real("--errors-below", 0.99));
                }
                else
                {
                    SetScore.Errors(pages, Learned(best), run.Number("--errors", 0), Console.Out, run.Real("--errors-below", 0.99));
                }
            }
        }

        if (run.Has("--confusion"))
        {
            foreach (var (name, pages) in sets)
            {
                run.Log($"{name}: most frequent wrong tags (gold -> decoded, one-sided headline decode)");
                TagConfusion.Write(pages, best.Tagger((float)options.LearnedSideMargin), 12, Console.Out);
            }
        }

        // --gate-report FILE: per-page gate readings of the dev sets only (the gate is tuned there, never on test pages);
        // --gate-report-all adds every evaluated set, to explain a gate already fixed, never to choose its margin.
        if (gateReport is not null)
        {
            foreach (var (name, pages) in sets.Where(s => s.Name.EndsWith("-dev", StringComparison.Ordinal) || run.Has("--gate-report-all")))
            {
                GateReport.Write(name, pages, best, Rules, gateReport);
            }

            await gateReport.DisposeAsync();
        }

        // --explain NAME: every evaluated page whose file name contains NAME, line by line (gold, rules, model).
        if (run.Value("--explain") is { } explain)
        {
            foreach (var page in sets.SelectMany(s => s.Pages).Where(p => Path.GetFileName(p.TextPath).Contains(explain, StringComparison.Ordinal)))
            {
                ExplainPage.Write(page, best, Console.Out);
            }
        }

        if (predict is not null)
        {
            foreach (var (name, pages) in sets)
            {
                await WritePredictionsAsync(Path.Combine(predict, name), pages, Hybrid(best));
                await WritePredictionsAsync(Path.Combine(predict, name + ".rules"), pages, Rules);
                if (run.Has("--oracle"))
                {
                    await WritePredictionsAsync(Path.Combine(predict, name + ".gold"), pages, Gold);
                }
            }
        }

        run.Log("done");
        return 0;
    }

    private static async Task SaveAsync(SplitterModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = File.Create(path);
        model.Save(file);
    }

    private static Func<TruthPage, IReadOnlyList<SplitArticle>> Learned(Readers model) =>
        page => LineTagger.Articles(model.Tagger().Tag(page.Context, page.Features));

    /// <summary>The gold tags through the same assembly: the ceiling of the tag encoding and the assembler.</summary>
    private static IReadOnlyList<SplitArticle> Gold(TruthPage page) =>
        LineTagger.Articles(new TaggedPage(page.Context, page.Gold, new float[page.Gold.Length * LineTags.Count], SplitterModel.Default!));

    /// <summary>What the product runs with learned decisions: the one-sided headline decode and the rules' drafts where they agree.</summary>
    private static Func<TruthPage, IReadOnlyList<SplitArticle>> Hybrid(Readers model, float? sideMargin = null) =>
        page => LineTagger.HybridArticles(model.Tagger(sideMargin ?? (float)new SplittingOptions().LearnedSideMargin).Tag(page.Context, page.Features));

    /// <summary>Per page, the rules' split when the model accepts it within the margin, else the learned one.</summary>
    private static Func<TruthPage, IReadOnlyList<SplitArticle>> Gated(Readers model, float? marginPerLine = null) =>
        page =>
        {
            var options = new SplittingOptions();
            var tagged = model.Tagger((float)options.LearnedSideMargin).Tag(page.Context, page.Features);
            return PageGate.KeepsRules(PageGate.Read(tagged), marginPerLine ?? options.GateMarginPerLine)
                ? Rules(page)
                : LineTagger.HybridArticles(tagged);
        };

    private static Func<TruthPage, IReadOnlyList<SplitArticle>> Blended(Readers model, float regionMargin) =>
        page =>
        {
            var tagged = model.Tagger((float)new SplittingOptions().LearnedSideMargin).Tag(page.Context, page.Features);
            return LineTagger.HybridArticles(tagged with { Tags = RegionBlend.Blend(tagged.Reader, tagged, regionMargin) });
        };

    private static IReadOnlyList<SplitArticle> Rules(TruthPage page) => PageSplitter.Assemble(page.Context.Rules.Drafts, page.Context.Rules);

    /// <summary>Dev always; the seed page and the indep-* pages (other papers); with --test the test splits, never tuned on.</summary>
    private static List<(string Name, List<TruthPage> Pages)> EvaluationSets(TrainingRun run, string data, SplittingOptions options)
    {
        var sets = new List<(string Name, List<TruthPage> Pages)>
        {
            ("composed-dev", Load(Pages(data, "composed/dev"), options)),
            ("pdf-dev", Load(Pages(data, "pdf/dev"), options)),
        };
        if (run.Has("--test"))
        {
            sets.Add(("composed-test", Load(Pages(data, "composed/test"), options)));
            sets.Add(("pdf-test", Load(Pages(data, "pdf/test"), options)));
        }

        var seedPage = run.Value("--seed-page") ?? "samples/pages/000_0bbe263f9c83fcef.txt";
        if (File.Exists(seedPage) && File.Exists(TruthPage.TruthOf(seedPage)))
        {
            sets.Add(("seed", Load([seedPage], options)));
        }

        if (run.Value("--corpus") is { } corpus && Directory.Exists(corpus))
        {
            sets.Add(("indep", Load(TruthPage.Find(corpus).Where(p => Path.GetFileName(p).StartsWith("indep-", StringComparison.Ordinal)), options)));
            if (run.Has("--eval-corpus"))
            {
                // Honest only for a model trained without them (--corpus-weight 0).
                sets.Add(("corpus", Load(TruthPage.Find(corpus).Where(p => !Path.GetFileName(p).StartsWith("indep-", StringComparison.Ordinal)), options)));
            }
        }

        return sets.Where(s => s.Pages.Count > 0).ToList();
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
}
