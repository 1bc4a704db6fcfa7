using Microsoft.Extensions.Options;

namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>Builds the feed model of one scope from its index: channel settings, links, item titles and dates.</summary>
public sealed class FeedDocumentBuilder(PublicLinks links, IOptions<PublishOptions> options)
{
    public FeedDocument Build(FeedScope scope, FeedIndex index)
    {
        var settings = options.Value;
        var publication = scope.Publication is { } name && settings.Publications.TryGetValue(name, out var p) ? p : null;
        var channel = new FeedChannel(
            Id: scope.Publication is null ? "urn:serverless:feed:all" : $"urn:serverless:feed:{scope.Folder.TrimEnd('/')}",
            Title: publication?.Title ?? (scope.Publication is null ? settings.Title : $"{settings.Title} · {scope.Publication}"),
            Description: publication?.Description ?? settings.Description,
            Link: links.SiteIndex,
            Language: (scope.Publication is null ? settings.Language : publication?.Language) ?? MostCommonLanguage(index),
            LastBuilt: index.LastUpdated,
            TtlMinutes: settings.TtlMinutes,
            Stylesheet: links.Stylesheet,
            Self: FeedFormat.All.ToDictionary(f => f, f => links.Feed(scope, f)));
        return new FeedDocument(channel, index.Items.Select(e => Item(e, settings)).ToList());
    }

    private FeedItem Item(FeedEntry entry, PublishOptions settings) => new(
        entry.Id,
        Headline.Compose(entry),
        links.ArticlePage(entry.Id),
        PageDates.ToInstant(entry.Published, settings.TimeZoneOf(entry.Publication)) ?? entry.Updated,
        entry.Updated,
        Headline.Summary(entry),
        ArticleHtml.Fragment(entry),
        entry.Authors,
        entry.KeyPhrases,
        entry.Language);

    private static string? MostCommonLanguage(FeedIndex index) => index.Items
        .Where(e => e.Language is not null)
        .GroupBy(e => e.Language!, StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();
}
