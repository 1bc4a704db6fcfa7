namespace Serverless.Publishing.Stages;

public static class StageNames
{
    public const string SplitPage = "split";
    public const string EnrichArticle = "enrich";
    public const string PublishFeed = "publish";
}
