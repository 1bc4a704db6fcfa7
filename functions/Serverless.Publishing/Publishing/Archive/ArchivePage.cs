namespace Serverless.Publishing.Publishing.Archive;

/// <summary>A sealed archive page: number 1 is the oldest. Its entries carry their own lineage and version for corrections.</summary>
public sealed record ArchivePage(int Number, FeedIndex Entries);
