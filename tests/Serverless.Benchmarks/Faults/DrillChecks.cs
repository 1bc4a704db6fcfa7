using System.Security.Cryptography;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Azure.Storage.Blobs;
using Serverless.Benchmarks.Pipeline;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Publishing;
using Serverless.Publishing.Storage;

namespace Serverless.Benchmarks.Faults;

/// <summary>What a drill must leave: each article once in the chain and on the site, no error record, no partial blob, pages untouched.</summary>
public sealed class DrillChecks(PipelineStorage storage, FeedIndexStore indexes, IReadOnlyDictionary<string, string> uploaded)
{
    public async Task<List<string>> ProblemsAsync(IReadOnlyList<string> expected, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var chain = await ArchiveChainCount.CountAsync(indexes, cancellationToken);
        problems.AddRange(expected.Where(id => chain.GetValueOrDefault(id) != 1).Select(id => $"{id} is {chain.GetValueOrDefault(id)} times in the feed chain"));
        problems.AddRange(chain.Keys.Except(expected).Select(id => $"{id} is in the feed chain but was not expected"));

        var sitePages = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var blob in storage.Site.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var id = Path.GetFileNameWithoutExtension(blob.Name);
            sitePages[id] = sitePages.GetValueOrDefault(id) + 1;
            problems.AddRange(await PartialAsync(storage.Site.GetBlobClient(blob.Name), cancellationToken));
        }

        problems.AddRange(expected.Where(id => sitePages.GetValueOrDefault(id) != 1).Select(id => $"{id} has {sitePages.GetValueOrDefault(id)} site pages"));

        foreach (var id in expected)
        {
            var article = ArticleJson.Deserialize<Article>((await storage.Articles.GetBlobClient(BlobNames.Article(id)).DownloadContentAsync(cancellationToken)).Value.Content);
            if (article.Id != id || article.Analysis is null)
            {
                problems.Add($"articles/{id}.json holds {article.Id}, analysed: {article.Analysis is not null}");
            }
        }

        foreach (var container in new[] { storage.Drafts, storage.Articles, storage.Feed, storage.Cache })
        {
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                problems.AddRange(await PartialAsync(container.GetBlobClient(blob.Name), cancellationToken));
            }
        }

        await foreach (var blob in storage.Errors.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            problems.Add($"error record {blob.Name}");
        }

        foreach (var (name, md5) in uploaded)
        {
            var now = (await storage.Pages.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value.Content;
            if (Convert.ToHexString(MD5.HashData(now.ToMemory().Span)) != md5)
            {
                problems.Add($"pages/{name} changed");
            }
        }

        return problems;
    }

    /// <summary>A blob cut short by a crash would not parse.</summary>
    private static async Task<IEnumerable<string>> PartialAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        try
        {
            switch (Path.GetExtension(blob.Name))
            {
                case ".json":
                    using (JsonDocument.Parse(content.ToMemory()))
                    {
                    }

                    break;
                case ".xml" or ".opml":
                    XDocument.Parse(content.ToString());
                    break;
                case ".html" when !content.ToString().TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase):
                    return [$"{blob.BlobContainerName}/{blob.Name} ends before </html>"];
            }
        }
        catch (Exception ex) when (ex is JsonException or XmlException)
        {
            return [$"{blob.BlobContainerName}/{blob.Name} does not parse: {ex.Message}"];
        }

        return [];
    }
}
