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
            LastBuilt: index.LastUpdated is { } updated ? InZone(updated, scope.Publication is null ? settings.TimeZone : settings.TimeZoneOf(scope.Publication)) : null,
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
        InZone(entry.Updated, settings.TimeZoneOf(entry.Publication)),
        Headline.Summary(entry),
        ArticleHtml.Fragment(entry),
        entry.Authors,
        entry.KeyPhrases,
        entry.Language);

    /// <summary>The same instant written in the publication's zone, as readers expect its times.</summary>
    private static DateTimeOffset InZone(DateTimeOffset instant, string timeZone) =>
        instant.ToOffset(PageDates.OffsetAt(instant.UtcDateTime, timeZone));

    private static string? MostCommonLanguage(FeedIndex index) => index.Items
        .Where(e => e.Language is not null)
        .GroupBy(e => e.Language!, StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();
}
