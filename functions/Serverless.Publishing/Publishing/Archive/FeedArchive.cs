using Microsoft.Extensions.Options;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Storage;

namespace Serverless.Publishing.Publishing.Archive;

/// <summary>An article that leaves the feeds: its page's new split no longer has it, or the page was deleted.</summary>
public sealed record WithdrawnArticle(string Id, string PageId, string Publication);

/// <summary>
/// Publishes entries into one scope's archive chain and withdraws others, touching the subscription state, the open
/// archive page and, for corrections and withdrawals only, the sealed pages that hold them (found by the page's locator).
/// </summary>
public sealed class FeedArchive(FeedIndexStore indexes, FeedPublisher publisher, PipelineStorage storage, ErrorRecorder errors, IOptions<PublishOptions> options)
{
    public async Task PublishAsync(
        FeedScope scope, IReadOnlyList<FeedEntry> entries, IReadOnlyList<WithdrawnArticle> withdrawn, PageDateWindow window, CancellationToken cancellationToken)
    {
        var located = await LocateAsync(scope, entries.Select(e => ArticleIds.PageId(e.PageBlob)).Concat(withdrawn.Select(w => w.PageId)), cancellationToken);
        await CorrectSealedAsync(scope, entries, withdrawn, located, cancellationToken);

        var fresh = entries.Where(e => !located.ContainsKey(e.Id)).ToList();
        var gone = withdrawn.Where(w => !located.ContainsKey(w.Id)).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var skipped = new List<(FeedEntry Entry, string Problem)>();
        var index = await indexes.UpdateAsync(scope, i =>
        {
            // Entries that can no longer be rendered leave the index, reported; a page's new articles take its first arrival.
            skipped = [.. i.Items.Select(e => (Entry: e, Problem: ArticleChecks.ProblemOf(e, window)!)).Where(p => p.Problem is not null)];
            var kept = skipped.Count == 0 ? i : i with { Items = [.. i.Items.Except(skipped.Select(p => p.Entry))], Version = i.Version + 1 };
            return FeedChain.Apply(kept, [.. fresh.Select(e => e with { FirstPublished = FirstArrival(i, e) })], gone, options.Value.Limits());
        }, cancellationToken);
        foreach (var (bad, problem) in skipped)
        {
            await errors.RecordAsync(StageNames.PublishFeed, storage.Cache.Name, $"{scope.IndexBlobName}/{bad.Id}",
                new InvalidArticleException($"Feed entry '{BlobNames.Printable(bad.Id)}' was dropped from the feed index: {problem}."), cancellationToken);
        }

        index = await SealAsync(scope, index, cancellationToken);

        // Outputs are rendered even when the index did not change: cheap (one HEAD per output when equal), and it repairs
        // outputs a failed earlier attempt left unwritten.
        await publisher.PublishAsync(scope, index, cancellationToken);
    }

    private static DateTimeOffset FirstArrival(FeedIndex index, FeedEntry entry) =>
        index.Items.Concat(index.Archive).Where(e => e.PageBlob == entry.PageBlob).Select(e => (DateTimeOffset?)e.FirstPublished).Min() ?? entry.FirstPublished;

    private async Task<Dictionary<string, int>> LocateAsync(FeedScope scope, IEnumerable<string> pageIds, CancellationToken cancellationToken)
    {
        var locators = await Task.WhenAll(pageIds.Distinct(StringComparer.Ordinal).Select(p => indexes.ReadLocatorAsync(scope, p, cancellationToken)));
        return locators.SelectMany(l => l.Pages).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    private async Task CorrectSealedAsync(
        FeedScope scope, IReadOnlyList<FeedEntry> entries, IReadOnlyList<WithdrawnArticle> withdrawn, Dictionary<string, int> located, CancellationToken cancellationToken)
    {
        var pages = entries.Select(e => e.Id).Concat(withdrawn.Select(w => w.Id)).Where(located.ContainsKey).Select(id => located[id]).Distinct();
        foreach (var number in pages)
        {
            var corrections = entries.Where(e => located.GetValueOrDefault(e.Id) == number).ToList();
            var gone = withdrawn.Where(w => located.GetValueOrDefault(w.Id) == number).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
            var page = await indexes.UpdateAsync(scope.ArchiveBlobName(number), p => FeedChain.ApplyToSealed(p, corrections, gone), cancellationToken);
            await publisher.PublishArchiveAsync(scope, new ArchivePage(number, page), cancellationToken);
        }

        foreach (var byPage in withdrawn.Where(w => located.ContainsKey(w.Id)).GroupBy(w => w.PageId))
        {
            await indexes.UpdateLocatorAsync(scope, byPage.Key, l => l.Without(byPage.Select(w => w.Id)), cancellationToken);
        }
    }

    /// <summary>
    /// Writes the pages the update sealed (locators first, so a correction finds them as soon as the blob exists), renders
    /// them, then drops them from the state. Repeated after a crash, it writes the same.
    /// </summary>
    private async Task<FeedIndex> SealAsync(FeedScope scope, FeedIndex index, CancellationToken cancellationToken)
    {
        if (index.Sealing.Count == 0)
        {
            return index;
        }

        var written = new Dictionary<int, long>();
        foreach (var page in index.Sealing)
        {
            foreach (var byPage in page.Entries.Items.GroupBy(e => ArticleIds.PageId(e.PageBlob)))
            {
                await indexes.UpdateLocatorAsync(scope, byPage.Key, l => l.With(byPage.Select(e => e.Id), page.Number), cancellationToken);
            }

            // The state's copy is the newest until it is dropped: a blob from an older copy (or none) is replaced.
            var stored = await indexes.UpdateAsync(scope.ArchiveBlobName(page.Number),
                p => p.Epoch == page.Entries.Epoch && p.Version >= page.Entries.Version ? p : page.Entries, cancellationToken);
            await publisher.PublishArchiveAsync(scope, new ArchivePage(page.Number, stored), cancellationToken);
            written[page.Number] = page.Entries.Version;
        }

        return await indexes.UpdateAsync(scope, i =>
        {
            var left = i.Sealing.Where(p => !(written.TryGetValue(p.Number, out var version) && version == p.Entries.Version)).ToList();
            return left.Count == i.Sealing.Count ? i : i with { Sealing = left };
        }, cancellationToken);
    }
}
