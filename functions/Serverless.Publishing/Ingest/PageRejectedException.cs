namespace Serverless.Publishing.Ingest;

/// <summary>The input can never be processed as it is; retrying will not help.</summary>
public sealed class PageRejectedException(string message) : Exception(message);
