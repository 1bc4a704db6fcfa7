using Serverless.Publishing.Splitting.Model;

namespace Serverless.SplitterTraining;

/// <summary>
/// The averaged structured perceptron (Collins 2002): decode each page with the current weights, move the weights
/// towards the gold tags where the decoding differs, and keep the average of all weight vectors seen.
/// </summary>
public sealed class PerceptronTrainer(int hashBits)
{
    private const int T = LineTags.Count;

    private readonly float[] weights = new float[(1 << hashBits) * T];
    private readonly double[] weightSums = new double[(1 << hashBits) * T];
    private readonly float[] transitions = new float[(T + 1) * T];
    private readonly double[] transitionSums = new double[(T + 1) * T];
    private long step = 1;

    public SplitterModel Current => new(hashBits, weights, transitions);

    /// <summary>One pass over the pages in a shuffled order; returns the share of positions tagged wrong.</summary>
    public double Epoch(IReadOnlyList<TruthPage> pages, Random random)
    {
        var order = Enumerable.Range(0, pages.Count).ToArray();
        random.Shuffle(order);
        var model = Current;
        long wrong = 0;
        long total = 0;
        foreach (var i in order)
        {
            var page = pages[i];
            var predicted = model.Decode(model.Emissions(page.Features));
            total += predicted.Length;
            for (var k = 0; k < predicted.Length; k++)
            {
                if (predicted[k] != page.Gold[k])
                {
                    wrong++;
                    foreach (var f in page.Features.Of(k))
                    {
                        var b = model.Bucket(f) * T;
                        Update(weights, weightSums, b + (int)page.Gold[k], 1);
                        Update(weights, weightSums, b + (int)predicted[k], -1);
                    }
                }

                var goldFrom = k == 0 ? T : (int)page.Gold[k - 1];
                var predictedFrom = k == 0 ? T : (int)predicted[k - 1];
                if (goldFrom != predictedFrom || predicted[k] != page.Gold[k])
                {
                    Update(transitions, transitionSums, goldFrom * T + (int)page.Gold[k], 1);
                    Update(transitions, transitionSums, predictedFrom * T + (int)predicted[k], -1);
                }
            }

            step++;
        }

        return total == 0 ? 0 : (double)wrong / total;
    }

    /// <summary>The averaged weights: w − Σ(step·Δ)/step, the mean of the weights after every page.</summary>
    public SplitterModel Averaged()
    {
        var w = new float[weights.Length];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = (float)(weights[i] - weightSums[i] / step);
        }

        var t = new float[transitions.Length];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = (float)(transitions[i] - transitionSums[i] / step);
        }

        return new SplitterModel(hashBits, w, t);
    }

    private void Update(float[] w, double[] sums, int index, int delta)
    {
        w[index] += delta;
        sums[index] += step * delta;
    }
}
