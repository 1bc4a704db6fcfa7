using Serverless.Publishing.Enrichment.Local.Text;
using static Serverless.Publishing.Enrichment.Local.Text.EntityCategories;

namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>
/// Locations from ns tags and the place gazetteer; organisations from nt tags and from noun runs that end in an
/// organisation head (…有限公司, …集团, …大学, …局), extended left over the words that name them (示范区开放招商局).
/// </summary>
internal static class ChinesePlaceAndOrganizationFinder
{
    private static readonly string[] OrganizationHeads =
    [
        "有限公司", "股份公司", "公司", "集团", "大学", "学院", "医院", "银行", "委员会", "协会", "学会", "商会", "研究院", "研究所", "局", "委", "办",
        "厅", "大队", "支队", "法院", "检察院", "政府", "中学", "小学", "幼儿园",
    ];

    // Words that qualify an organisation without naming it: 全资子公司, 辖区医院 and 地方政府 name no one.
    private static readonly HashSet<string> GenericModifiers = new(StringComparer.Ordinal)
    {
        "子", "全资", "控股", "一级", "二级", "三级", "四级", "辖区", "地方", "相关", "有关", "基层", "上级", "下级", "下属", "各级", "当地", "本地", "该", "各",
        "多家", "部分", "主管", "职能", "直属",
    };

    private const string AdministrativeSuffixes = "省市县区镇乡村州";
    private const int MaxOrganizationLength = 16;

    public static IEnumerable<EntityCandidate> Find(IReadOnlyList<ChineseToken> tokens, IReadOnlySet<string> places)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsPlace(tokens, i, places))
            {
                // 苏家 + 作乡, 焦作 + 市: a short administrative word completes the place name.
                var length = token.Word.Length;
                if (i + 1 < tokens.Count && tokens[i + 1] is { Word.Length: <= 2 } next && next.Offset == token.End
                    && AdministrativeSuffixes.Contains(next.Word[^1]) && IsHan(next.Word))
                {
                    length += next.Word.Length;
                }

                yield return new EntityCandidate(token.Offset, length, Location, null, places.Contains(token.Word) ? 0.9 : 0.7, TaggerPriority);
            }
            else if ((token.Tag == "nt" || (token.IsNoun && OrganizationHeads.Any(h => token.Word.EndsWith(h, StringComparison.Ordinal)))) && IsHan(token.Word))
            {
                var start = ExtendLeft(tokens, i);
                // A bare generic head (局, 公司) names nothing.
                if (start == i && (token.Tag != "nt" || token.Word.Length < 2))
                {
                    continue;
                }

                yield return new EntityCandidate(tokens[start].Offset, token.End - tokens[start].Offset, Organization, null, start == i ? 0.7 : 0.8, TaggerPriority + 2);
            }
        }
    }

    private static bool IsPlace(IReadOnlyList<ChineseToken> tokens, int index, IReadOnlySet<string> places)
    {
        var token = tokens[index];
        if (token.Tag != "ns" || token.Word.Length < 2 || !IsHan(token.Word))
        {
            return false;
        }

        if (places.Contains(token.Word) || (AdministrativeSuffixes.Contains(token.Word[^1]) && places.Contains(token.Word[..^1])))
        {
            return true;
        }

        // Tagger-only places glued to a preceding name are heads of a longer name (万鑫|商城, 科技总部|新城).
        if (index == 0)
        {
            return true;
        }

        var previous = tokens[index - 1];
        return previous.End != token.Offset || !IsHan(previous.Word) || previous.Word.Length < 2;
    }

    private static int ExtendLeft(IReadOnlyList<ChineseToken> tokens, int head)
    {
        var start = head;
        while (start > 0)
        {
            var previous = tokens[start - 1];
            if (previous.End != tokens[start].Offset || !IsHan(previous.Word) || !CanNameOrganization(previous) || GenericModifiers.Contains(previous.Word)
                || tokens[head].End - previous.Offset > MaxOrganizationLength)
            {
                break;
            }

            start--;
        }

        return start;
    }

    // Nouns, places and abbreviations name an organisation; single characters (钰|欣) are usually a brand name's
    // pieces. Function words, numbers and verbs end it.
    private static bool CanNameOrganization(ChineseToken token) =>
        token.IsNoun || token.Tag is "nrt" or "b"
        || (token.Word.Length == 1 && token.Tag is not ("p" or "c" or "d" or "r" or "m" or "q" or "x" or "f" or "uj" or "ul" or "uz" or "ud" or "ug" or "uv" or "y" or "e" or "o" or "v"));

    private static bool IsHan(string word) => word.All(ChinesePersonFinder.IsHanChar);
}
