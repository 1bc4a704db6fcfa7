namespace Serverless.Cli.Azurite;

/// <summary>An Azurite instance's ports and its well-known development account.</summary>
public sealed record AzuriteEndpoint(int BlobPort, int QueuePort, int TablePort, string Host = "127.0.0.1")
{
    public const string Account = "devstoreaccount1";

    // Azurite's published development key (documented by Microsoft, not a secret).
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static AzuriteEndpoint Default { get; } = new(10000, 10001, 10002);

    public Uri BlobUri => new($"http://{Host}:{BlobPort}/{Account}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};" +
        $"BlobEndpoint=http://{Host}:{BlobPort}/{Account};QueueEndpoint=http://{Host}:{QueuePort}/{Account};TableEndpoint=http://{Host}:{TablePort}/{Account};";
}
