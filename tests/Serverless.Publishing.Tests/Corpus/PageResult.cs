using Serverless.Scoring;

namespace Serverless.Publishing.Tests.Corpus;

/// <summary>A page's score, with lost characters net of repaired line-end hyphens (see <see cref="LineTruth.Hyphenated"/>).</summary>
public sealed record PageResult(CorpusPage Page, PageScore Score, int SoftHyphens)
{
    public int Lost => Math.Max(0, Score.CharsLost - SoftHyphens);
}
