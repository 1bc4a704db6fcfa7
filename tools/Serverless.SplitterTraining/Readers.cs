using Serverless.Publishing.Splitting.Model;

namespace Serverless.SplitterTraining;

/// <summary>The models a page is read with: the first reading and, when trained, the second.</summary>
public sealed record Readers(SplitterModel First, SplitterModel? Second)
{
    public LineTagger Tagger(float sideMargin = 0) => new(First, sideMargin, Second);
}
