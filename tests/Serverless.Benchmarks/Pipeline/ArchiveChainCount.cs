using Serverless.Publishing.Publishing;

namespace Serverless.Benchmarks.Pipeline;

public static class ArchiveChainCount
{
    /// <summary>How often each article id occurs in the all-publications chain: subscription, open page, sealed pages.</summary>
    public static async Task<Dictionary<string, int>> CountAsync(FeedIndexStore indexes, CancellationToken cancellationToken)
    {
        var (state, _) = await indexes.ReadAsync(FeedScope.All, cancellationToken);
        var entries = state.Items.Concat(state.Archive).Concat(state.Sealing.SelectMany(p => p.Entries.Items)).ToList();
        for (var page = 1; page <= state.SealedPages; page++)
        {
            if (state.Sealing.All(p => p.Number != page))
            {
                entries.AddRange((await indexes.ReadAsync(FeedScope.All.ArchiveBlobName(page), cancellationToken)).Index.Items);
            }
        }

        return entries.CountBy(e => e.Id).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }
}
