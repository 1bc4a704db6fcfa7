using Serverless.Publishing.Splitting;
using Serverless.Publishing.Splitting.Model;
using Serverless.Publishing.Splitting.Model.Features;

namespace Serverless.SplitterTraining;

/// <summary>
/// Trains the second reading. Its features hold the first reading's tags, so on training pages those tags must come
/// from a model that never saw the page (two folds by printed page), or the second model would learn to trust readings
/// that are only right because they were memorised. Dev pages are read by the full first model, as in the product.
/// </summary>
public static class StackedTraining
{
    public static SplitterModel Train(TrainingRun run, SplitterModel first, List<TruthPage> train, List<TruthPage> dev)
    {
        var margin = (float)new SplittingOptions().LearnedSideMargin;
        var foldRun = run.WithEpochs(run.Number("--fold-epochs", 50));
        var reread = new Dictionary<string, TruthPage>();
        for (var fold = 0; fold < 2; fold++)
        {
            var held = fold;
            var (foldModel, error) = foldRun.Train([.. train.Where(p => Fold(p) != held)], dev);
            run.Log($"first-reading fold {fold}: dev tags wrong {error:P2}");
            var tagger = new LineTagger(foldModel, margin);
            foreach (var page in train.Where(p => Fold(p) == held).DistinctBy(p => p.TextPath))
            {
                reread[page.TextPath] = Second(page, tagger);
            }
        }

        var fullTagger = new LineTagger(first, margin);
        var secondDev = dev.Select(p => Second(p, fullTagger)).ToList();
        var (model, devError) = run.WithEpochs(run.Number("--second-epochs", 50)).Train([.. train.Select(p => reread[p.TextPath])], secondDev);
        run.Log($"second reading: dev tags wrong {devError:P2}");
        return model;
    }

    /// <summary>The page with the first reading's features added to its own.</summary>
    public static TruthPage Second(TruthPage page, LineTagger first) =>
        page with { Features = FirstReadingFeatures.Extend(page.Features, first.Tag(page.Context, page.Features)) };

    /// <summary>By printed page: the variants of one page (pd-20191001-04-a, -b, -c) share their text, so one fold.</summary>
    private static int Fold(TruthPage page)
    {
        var name = Path.GetFileNameWithoutExtension(page.TextPath);
        var printed = name.Length > 2 && name[^2] == '-' ? name[..^2] : name;
        return (int)(FeatureHash.Template(printed) & 1);
    }
}
