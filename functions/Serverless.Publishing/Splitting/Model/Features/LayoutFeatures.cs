namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// Font size and position, for inputs that know them (PDF text). Plain text pages add nothing here, so a model
/// trained with layout still reads text-only pages.
/// </summary>
public sealed class LayoutFeatures : ILineFeatureSource
{
    private static readonly uint Size = FeatureHash.Template("layout-size");
    private static readonly uint Left = FeatureHash.Template("layout-left");
    private static readonly uint Leading = FeatureHash.Template("layout-leading");

    private static readonly double[] SizeBounds = [0.85, 0.95, 1.05, 1.2, 1.5, 2];
    private static readonly double[] LeadingBounds = [0.5, 1.2, 1.8, 3];

    public void Add(PageContext page, FeatureSink[] sinks)
    {
        if (page.Boxes is not { Count: > 0 } boxes)
        {
            return;
        }

        var sizes = page.Positions.Select(n => boxes[n].FontSize).Where(s => s > 0).Order().ToList();
        var median = sizes.Count == 0 ? 1 : sizes[sizes.Count / 2];
        var right = page.Positions.Max(n => boxes[n].Right);
        for (var k = 0; k < page.Count; k++)
        {
            var box = boxes[page.Positions[k]];
            sinks[k].Add(Size, FeatureHash.Bucket(box.FontSize / median, SizeBounds), true);
            sinks[k].Add(Left, right <= 0 ? 0 : (int)(box.Left / right * 8));
            if (k > 0)
            {
                var gap = (box.Top - boxes[page.Positions[k - 1]].Top) / Math.Max(median, 1e-6);
                sinks[k].Add(Leading, gap < 0 ? 9 : FeatureHash.Bucket(gap, LeadingBounds));
            }
        }
    }
}
