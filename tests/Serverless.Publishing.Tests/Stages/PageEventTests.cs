using Serverless.Publishing.Stages.Messages;

namespace Serverless.Publishing.Tests.Stages;

/// <summary>The Event Grid events as Microsoft documents them for Blob Storage, read the way SplitPage reads its queue message.</summary>
public sealed class PageEventTests
{
    // Shape of the documented Microsoft.Storage.BlobDeleted example (Event Grid schema, delivered as an array of one).
    private const string Deleted = """
        [{
          "topic": "/subscriptions/0000/resourceGroups/Storage/providers/Microsoft.Storage/storageAccounts/my-storage-account",
          "subject": "/blobServices/default/containers/pages/blobs/dahe-daily/2026-04-18/page-01.txt",
          "eventType": "Microsoft.Storage.BlobDeleted",
          "eventTime": "2017-11-07T20:09:22.5674003Z",
          "id": "4c2359fe-001e-00ba-0e04-58586806d298",
          "data": {
            "api": "DeleteBlob",
            "requestId": "4c2359fe-001e-00ba-0e04-585868000000",
            "contentType": "text/plain",
            "blobType": "BlockBlob",
            "url": "https://my-storage-account.blob.core.windows.net/pages/dahe-daily/2026-04-18/page-01.txt",
            "sequencer": "0000000000000281000000000002F5CA",
            "storageDiagnostics": { "batchId": "b68529f3-68cd-4744-baa4-3c0498ec19f0" }
          },
          "dataVersion": "",
          "metadataVersion": "1"
        }]
        """;

    [Fact]
    public void A_documented_BlobDeleted_event_names_its_page_and_has_no_etag()
    {
        var pageEvent = PageEvent.Parse(Deleted);

        Assert.Equal(PageEvent.BlobDeleted, pageEvent.EventType);
        Assert.True(pageEvent.TryGetBlobName("pages", out var name));
        Assert.Equal("dahe-daily/2026-04-18/page-01.txt", name);
        Assert.Null(pageEvent.Data.ETag);
        Assert.Equal("DeleteBlob", pageEvent.Data.Api);
    }

    [Fact]
    public void The_local_event_source_posts_the_same_shape_for_a_deletion()
    {
        var posted = PageEvent.Parse(PageEvent.Deleted(new Uri("http://127.0.0.1:10000/devstoreaccount1/pages/a.txt"), "pages", "a.txt", DateTimeOffset.UnixEpoch).ToJson());

        Assert.Equal(PageEvent.BlobDeleted, posted.EventType);
        Assert.Equal("/blobServices/default/containers/pages/blobs/a.txt", posted.Subject);
        Assert.True(posted.TryGetBlobName("pages", out var name));
        Assert.Equal("a.txt", name);
    }
}
