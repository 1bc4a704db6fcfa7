using Serverless.Publishing.Enrichment.Local.Text;

namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>Surnames and the words that introduce a name (bylines, titles, groups such as 区领导).</summary>
internal sealed class ChineseNameLexicon
{
    public static ChineseNameLexicon Instance { get; } = new();

    private ChineseNameLexicon()
    {
        var surnames = LexiconResource.Words("zh-surnames.txt").ToList();
        SingleSurnames = surnames.Where(s => s.Length == 1).Select(s => s[0]).ToHashSet();
        CompoundSurnames = surnames.Where(s => s.Length == 2).ToHashSet(StringComparer.Ordinal);
        var triggers = LexiconResource.Sections("zh-person-triggers.txt", ' ');
        Bylines = triggers["byline"].ToHashSet(StringComparer.Ordinal);
        Titles = triggers["title"].ToHashSet(StringComparer.Ordinal);
        Groups = triggers["group"].ToHashSet(StringComparer.Ordinal);
        MaxTriggerLength = Bylines.Concat(Titles).Concat(Groups).Max(t => t.Length);
    }

    public IReadOnlySet<char> SingleSurnames { get; }

    public IReadOnlySet<string> CompoundSurnames { get; }

    /// <summary>记者, 通讯员 ...: the name follows, possibly a second one after another byline word.</summary>
    public IReadOnlySet<string> Bylines { get; }

    /// <summary>书记, 局长, 董事长 ...: the name follows the title.</summary>
    public IReadOnlySet<string> Titles { get; }

    /// <summary>区领导 ...: a list of names separated by 、 follows.</summary>
    public IReadOnlySet<string> Groups { get; }

    public int MaxTriggerLength { get; }

    public bool IsTrigger(string word) => Bylines.Contains(word) || Titles.Contains(word) || Groups.Contains(word);

    /// <summary>A listed trigger, or a noun built like a title: 统计师, 指挥长, 研究员, 外交官 (not the verbs 增长, 动员).</summary>
    public bool IsTrigger(ChineseToken token) =>
        IsTrigger(token.Word) || (token.Word.Length is >= 2 and <= 5 && token.Tag.StartsWith('n') && TitleEndings.Contains(token.Word[^1])
                                  && !CollectiveEndings.Any(e => token.Word.EndsWith(e, StringComparison.Ordinal)));

    // 工作人员, 党员: groups of people, not a title before one person's name.
    private static readonly string[] CollectiveEndings = ["人员", "成员", "党员", "会员", "官员", "队员", "学员", "职员", "雇员"];

    private const string TitleEndings = "长师员官";

    /// <summary>Length of the surname at <paramref name="index"/>, or 0.</summary>
    public int SurnameLength(string text, int index)
    {
        if (index + 1 < text.Length && CompoundSurnames.Contains(text.Substring(index, 2)))
        {
            return 2;
        }

        return index < text.Length && SingleSurnames.Contains(text[index]) ? 1 : 0;
    }
}
