using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Enrichment.Local;

/// <summary>What a language-specific analyzer finds in one text.</summary>
internal sealed record LanguageAnalysis(IReadOnlyList<string> KeyPhrases, IReadOnlyList<Entity> Entities, IReadOnlyList<string> Summary)
{
    public static LanguageAnalysis Empty { get; } = new([], [], []);

    /// <summary>5 key phrases for a short item, one more per 100 characters (Chinese) or words, at most 10.</summary>
    public static int KeyPhraseCount(int textLength) => Math.Clamp(textLength / 100, 5, 10);
}
