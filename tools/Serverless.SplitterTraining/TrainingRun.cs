using System.Diagnostics;
using System.Globalization;
using Serverless.Publishing.Splitting.Model;

namespace Serverless.SplitterTraining;

/// <summary>The command line of one run, its clock, and the training loop with epoch selection on dev.</summary>
public sealed class TrainingRun(string[] args)
{
    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public int Seed => Number("--seed", 20261202);

    public int OcrWeight => Number("--ocr-weight", 4);

    public int Epochs => Number("--epochs", 10);

    public int Bits => Number("--bits", 20);

    public string? Value(string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public int Number(string name, int fallback) =>
        Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Real(string name, double fallback) =>
        Value(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public bool Has(string name) => args.Contains(name);

    /// <summary>The same run with another number of epochs, for a model trained inside it (folds, a second reading).</summary>
    public TrainingRun WithEpochs(int epochs) => new(["--epochs", epochs.ToString(CultureInfo.InvariantCulture), .. args]);

    /// <summary>Prints a line with the elapsed time; invariant culture, so logs read the same on every machine.</summary>
    public void Log(FormattableString line) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Clock.Elapsed.TotalSeconds:F0} s] ") + line.ToString(CultureInfo.InvariantCulture));

    public void Log(string line) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Clock.Elapsed.TotalSeconds:F0} s] ") + line);

    /// <summary>
    /// Trains for the given epochs (a fresh shuffle stream from the seed, so every training is reproducible on its own)
    /// and keeps the averaged weights of the epoch with the fewest wrong dev tags.
    /// </summary>
    public (SplitterModel Model, double DevError) Train(List<TruthPage> train, List<TruthPage> dev)
    {
        var random = new Random(Seed);
        var trainer = new PerceptronTrainer(Bits);
        SplitterModel? best = null;
        var bestError = double.MaxValue;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            var trainError = trainer.Epoch(train, random);
            var averaged = trainer.Averaged();
            var devError = dev.Count == 0 ? trainError : TagError(averaged, dev);
            Log($"epoch {epoch}: {train.Count} pages, train tags wrong {trainError:P2}, dev tags wrong {devError:P2}");
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
}
