namespace Serverless.Publishing.Storage;

/// <summary>A blob name or id that cannot be mapped to storage safely; retrying will not help.</summary>
public sealed class UnsafeBlobNameException(string name, string problem)
    : Exception($"'{BlobNames.Printable(name)}' is refused as a blob name: {problem}.")
{
    public string Name { get; } = name;

    public string Problem { get; } = problem;
}
