namespace Serverless.Publishing.Ingest.Decoding;

/// <param name="Encoding">The encoding the bytes were read as, for logs and error records.</param>
/// <param name="Warnings">What was doubtful (replaced bytes); carried to each article's <c>warnings</c>.</param>
public sealed record DecodedText(string Text, string Encoding, IReadOnlyList<string> Warnings);
