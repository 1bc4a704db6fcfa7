namespace Serverless.Publishing.Stages;

/// <summary>A draft, article or feed entry read back from storage lacks what the stage needs; retrying will not help.</summary>
public sealed class InvalidArticleException(string message) : Exception(message);
