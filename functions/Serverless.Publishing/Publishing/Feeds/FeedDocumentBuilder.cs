using Microsoft.Extensions.Options;

namespace Serverless.Publishing.Publishing.Feeds;

/// <summary>Builds the feed model of one scope from its index: channel settings, links, item titles and dates.</summary>
public sealed class FeedDocumentBuilder(PublicLinks links, IOptions<PublishOptions> options)
{
    /// <summary>The subscription document: the newest entries, and a prev-archive link to the newest archive page.</summary>
    public FeedDocument Build(FeedScope scope, FeedIndex index) => Build(scope, index, new FeedPaging(
        ArchivePage: null,
        PrevArchive: index.NewestArchivePage is { } newest ? FeedLinks(scope, newest) : null,
        Current: null,
        Listing: links.Listing(scope),
        PrevListing: index.NewestArchivePage is { } page ? links.Listing(scope, page) : null));

    /// <summary>Archive page <paramref name="number"/>: its entries, the page before it, and the subscription document.</summary>
    public FeedDocument BuildArchive(FeedScope scope, int number, FeedIndex entries) => Build(scope, entries, new FeedPaging(
        ArchivePage: number,
        PrevArchive: number > 1 ? FeedLinks(scope, number - 1) : null,
        Current: FeedLinks(scope, null),
        Listing: links.Listing(scope, number),
        PrevListing: number > 1 ? links.Listing(scope, number - 1) : null));

    /// <summary>A feed's title: the publication's own, else the site's with the publication's name.</summary>
    public string TitleOf(FeedScope scope)
    {
        var settings = options.Value;
        return scope.Publication is { } name && settings.Publications.TryGetValue(name, out var p) && p.Title is { } title
            ? title
            : scope.Publication is null ? settings.Title : $"{settings.Title} · {scope.Publication}";
    }

    private Dictionary<FeedFormat, Uri> FeedLinks(FeedScope scope, int? archivePage) =>
        FeedFormat.All.ToDictionary(f => f, f => links.Feed(scope, f, archivePage));

    private FeedDocument Build(FeedScope scope, FeedIndex index, FeedPaging paging)
    {
        var settings = options.Value;
        var publication = scope.Publication is { } name && settings.Publications.TryGetValue(name, out var p) ? p : null;
        var channel = new FeedChannel(
            Scope: scope,
            Id: scope.Publication is null ? "urn:serverless:feed:all" : $"urn:serverless:feed:{scope.Folder.TrimEnd('/')}",
            Title: TitleOf(scope),
            Description: publication?.Description ?? settings.Description,
            Link: paging.Listing,
            Language: (scope.Publication is null ? settings.Language : publication?.Language) ?? MostCommonLanguage(index),
            LastBuilt: index.LastUpdated is { } updated ? InZone(updated, scope.Publication is null ? settings.TimeZone : settings.TimeZoneOf(scope.Publication)) : null,
            TtlMinutes: settings.TtlMinutes,
            Stylesheet: links.Stylesheet,
            Self: FeedLinks(scope, paging.ArchivePage),
            Paging: paging);
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
        entry.Language)
    {
        Kicker = entry.Kicker,
        ArticleTitle = entry.Title,
        Subtitle = entry.Subtitle,
        PageDate = entry.Published,
        Publication = entry.Publication,
    };

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
