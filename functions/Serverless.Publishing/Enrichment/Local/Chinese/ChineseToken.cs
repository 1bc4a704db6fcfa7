namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>A segmented word with its jieba part-of-speech tag and UTF-16 offset into the text.</summary>
internal readonly record struct ChineseToken(string Word, string Tag, int Offset)
{
    public int End => Offset + Word.Length;

    public bool IsNoun => Tag is "n" or "nz" or "nt" or "ns" or "vn" or "j" or "nl" or "an";
}
