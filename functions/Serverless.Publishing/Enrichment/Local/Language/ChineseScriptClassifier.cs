using Serverless.Publishing.Enrichment.Local.Text;

namespace Serverless.Publishing.Enrichment.Local.Language;

/// <summary>zh-Hans or zh-Hant by counting frequent characters whose simplified and traditional forms differ.</summary>
internal static class ChineseScriptClassifier
{
    private static readonly (HashSet<char> Simplified, HashSet<char> Traditional) Pairs = LoadPairs();

    public static string Classify(string text)
    {
        int simplified = 0, traditional = 0;
        foreach (var c in text)
        {
            if (Pairs.Simplified.Contains(c))
            {
                simplified++;
            }
            else if (Pairs.Traditional.Contains(c))
            {
                traditional++;
            }
        }

        return traditional > simplified ? "zh-Hant" : "zh-Hans";
    }

    private static (HashSet<char>, HashSet<char>) LoadPairs()
    {
        var simplified = new HashSet<char>();
        var traditional = new HashSet<char>();
        foreach (var line in LexiconResource.Lines("zh-script-pairs.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is [{ Length: 1 } s, { Length: 1 } t] && s != t)
            {
                simplified.Add(s[0]);
                traditional.Add(t[0]);
            }
        }

        return (simplified, traditional);
    }
}
