namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>
/// One family of line features. A source sees the whole page at once (some need page-wide indexes) and adds atoms
/// to each position's sink. New evidence (layout from PDF input, another script) is a new source in the pipeline.
/// </summary>
public interface ILineFeatureSource
{
    void Add(PageContext page, FeatureSink[] sinks);
}
