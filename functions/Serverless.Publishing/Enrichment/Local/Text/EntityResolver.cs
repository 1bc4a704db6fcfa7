using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Enrichment.Local.Text;

/// <summary>Turns overlapping candidates into Azure-shaped entities: the strongest (then longest) candidate wins a span.</summary>
internal static class EntityResolver
{
    public static IReadOnlyList<Entity> Resolve(string text, IEnumerable<EntityCandidate> candidates)
    {
        var kept = new List<EntityCandidate>();
        foreach (var candidate in candidates
                     .Where(c => c.Length > 0 && c.Offset >= 0 && c.End <= text.Length)
                     .OrderByDescending(c => c.Priority)
                     .ThenByDescending(c => c.Length)
                     .ThenBy(c => c.Offset))
        {
            if (!kept.Any(candidate.Overlaps))
            {
                kept.Add(candidate);
            }
        }

        return kept
            .OrderBy(c => c.Offset)
            .Select(c => new Entity(text.Substring(c.Offset, c.Length), c.Category, c.Subcategory, c.Offset, c.Length, Math.Round(c.Confidence, 2)))
            .ToList();
    }
}
