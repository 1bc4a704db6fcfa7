using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Publishing.Feeds;
using Serverless.Publishing.Publishing.Site;

namespace Serverless.Publishing.Publishing;

public static class FeedPublishingServiceCollectionExtensions
{
    /// <summary>Registers the feed index, the feed and page writers, and validates the "Publishing" settings at start.</summary>
    public static IServiceCollection AddFeedPublishing(this IServiceCollection services)
    {
        services.AddOptions<PublishOptions>()
            .Validate(o => o.MaxItems > 0, "Publishing:MaxItems must be positive.")
            .Validate(o => o.ArchivePageSize > 0, "Publishing:ArchivePageSize must be positive.")
            .Validate(o => o.TtlMinutes > 0, "Publishing:TtlMinutes must be positive.")
            .Validate(o => o.RssContentType.Contains("charset=utf-8", StringComparison.OrdinalIgnoreCase), "Publishing:RssContentType must declare charset=utf-8.")
            .Validate(o => o.Publications.Values.Select(p => p.TimeZone).Append(o.TimeZone).OfType<string>().All(IsTimeZone),
                "Publishing:TimeZone must be a UTC offset such as +08:00 or a time zone id such as Asia/Shanghai.")
            .ValidateOnStart();

        services.AddSingleton<FeedIndexStore>();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<FeedDocumentBuilder>();
        services.AddSingleton<ListingPageWriter>();
        services.AddSingleton<OpmlWriter>();
        services.AddSingleton<ArticlePageWriter>();
        services.AddSingleton<FeedPublisher>();
        return services;
    }

    private static bool IsTimeZone(string zone)
    {
        try
        {
            PageDates.OffsetAt(DateTime.UnixEpoch, zone);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
