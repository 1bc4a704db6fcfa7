namespace Serverless.Publishing.Articles;

/// <summary>What the splitter finds for one article, before ids, page data and analysis are added.</summary>
public sealed record SplitArticle
{
    public ArticleKind Kind { get; init; } = ArticleKind.News;
    public string? Kicker { get; init; }
    public required string Title { get; init; }
    public TitleSource TitleSource { get; init; } = TitleSource.Printed;
    public string? Subtitle { get; init; }
    public string? Dateline { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
}
