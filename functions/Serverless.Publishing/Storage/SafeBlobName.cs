using Azure.Storage.Blobs;

namespace Serverless.Publishing.Storage;

/// <summary>
/// A blob name that passed <see cref="BlobNames"/>' rules. Only BlobNames makes one, and it is the only name
/// this library hands to GetBlobClient (BannedSymbols.txt bans the string overload), so no raw name reaches storage.
/// </summary>
public readonly record struct SafeBlobName
{
    private readonly string? value;

    internal SafeBlobName(string value) => this.value = value;

    public string Value => value ?? throw new InvalidOperationException("An uninitialised SafeBlobName was used.");

    public override string ToString() => Value;
}

public static class SafeBlobClients
{
    public static BlobClient GetBlobClient(this BlobContainerClient container, SafeBlobName name) =>
#pragma warning disable RS0030 // the one place a checked name becomes a client
        container.GetBlobClient(name.Value);
#pragma warning restore RS0030
}
