using Serverless.Publishing.Pdf.Layout;

namespace Serverless.Publishing.Ingest;

/// <summary>One page of an upload: its text, and its layout when it came from a PDF.</summary>
/// <param name="Number">1-based page number in the uploaded file.</param>
public sealed record PageContent(int Number, string Text, PageLayout? Layout);

/// <param name="TotalPages">Pages in the file; more than <see cref="Pages"/> when it was over the page limit.</param>
public sealed record PageContents(IReadOnlyList<PageContent> Pages, int TotalPages)
{
    public bool Truncated => TotalPages > Pages.Count;

    /// <summary>What was doubtful in reading the upload (replaced bytes); carried to each article's warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
