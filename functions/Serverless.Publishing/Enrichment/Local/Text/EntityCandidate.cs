namespace Serverless.Publishing.Enrichment.Local.Text;

/// <summary>A candidate entity: UTF-16 offset and length into the analysed text.</summary>
/// <param name="Priority">Higher wins when candidates overlap (rules over statistics).</param>
internal sealed record EntityCandidate(int Offset, int Length, string Category, string? Subcategory, double Confidence, int Priority)
{
    public int End => Offset + Length;

    public bool Overlaps(EntityCandidate other) => Offset < other.End && other.Offset < End;
}
