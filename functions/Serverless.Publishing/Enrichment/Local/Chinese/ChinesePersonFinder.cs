using Serverless.Publishing.Enrichment.Local.Text;
using static Serverless.Publishing.Enrichment.Local.Text.EntityCategories;

namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>
/// People in Chinese news. The tagger's nr guesses are noisy (it tags 文明 or 高新区 as names and splits rare given
/// names such as 侯|建华), so a name is accepted when (a) it follows a byline word, a title or a group word
/// (记者付凯明, 局长李前进, 区领导刘春明、许海玲), or (b) the tagger says nr and the word looks like a name: known
/// surname, 2–3 characters (4 with a compound surname), not followed by a place or organisation word.
/// Every further occurrence of an accepted name in the article is a Person too.
/// </summary>
internal sealed class ChinesePersonFinder(ChineseNameLexicon lexicon)
{
    // Words that may directly follow a name: verbs of speech and attendance, conjunctions, bylines.
    private static readonly string[] FollowWords =
    [
        "通讯员", "记者", "实习生", "摄影", "摄", "整理", "报道", "供图", "说", "表示", "指出", "强调", "认为", "介绍", "告诉", "坦言", "主持", "参加", "出席",
        "陪同", "率领", "率", "带领", "会见", "看望", "调研", "检查", "督导", "考察", "慰问", "一行", "等", "及", "和", "与", "同", "同志", "先后", "实地", "仔细",
        "详细", "一同", "分别", "代表", "作", "在", "到", "对", "为", "是", "也", "还", "都", "就", "从", "向", "将", "已", "曾", "正", "又", "则", "的", "所",
    ];

    // Heads of place and organisation names: "万鑫" in 万鑫商城 is not a person.
    private static readonly string[] NonPersonHeads =
    [
        "商城", "社区", "公司", "集团", "村", "镇", "乡", "县", "市", "区", "路", "街", "园", "河", "湖", "山", "桥", "楼", "小区", "广场", "大厦", "中心", "医院",
        "学校", "大学", "中学", "小学", "银行", "酒店", "宾馆", "工厂", "厂", "局", "委", "办", "站", "所", "院", "队", "馆", "店", "家园", "苑", "府",
    ];

    private const string NameSuffixStop = "区县市省镇乡村河湖山园委办局院部厅处队站馆店路街桥港湾岛";

    public IEnumerable<EntityCandidate> Find(string text, IReadOnlyList<ChineseToken> tokens)
    {
        var names = new Dictionary<string, double>(StringComparer.Ordinal);
        var found = new List<EntityCandidate>();

        void Accept(int offset, int length, double confidence, int priority)
        {
            found.Add(new EntityCandidate(offset, length, Person, null, confidence, priority));
            var name = text.Substring(offset, length);
            names[name] = Math.Max(names.GetValueOrDefault(name), confidence);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (lexicon.IsTrigger(token))
            {
                FindAfterTrigger(text, tokens, token, Accept);
            }
            else if (token.Tag is "nr" or "nrfg" or "nrt" && LooksLikeName(text, token, i + 1 < tokens.Count ? tokens[i + 1] : null))
            {
                Accept(token.Offset, token.Word.Length, token.Tag == "nrfg" ? 0.85 : 0.7, TaggerPriority);
            }
        }

        // Later mentions without a title (吕沛说) are the same person.
        foreach (var (name, confidence) in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (!IsInsideLongerWord(text, at, name.Length, tokens))
                {
                    found.Add(new EntityCandidate(at, name.Length, Person, null, confidence, TaggerPriority + 1));
                }
            }
        }

        return found;
    }

    private void FindAfterTrigger(string text, IReadOnlyList<ChineseToken> tokens, ChineseToken trigger, Action<int, int, double, int> accept)
    {
        var position = trigger.End;
        while (position < text.Length && text[position] is ' ' or '：' or ':' or '/' or '／')
        {
            position++;
        }

        var isList = lexicon.Groups.Contains(trigger.Word) || lexicon.Bylines.Contains(trigger.Word);
        while (NameAt(text, position, tokens) is { } length)
        {
            accept(position, length, 0.9, ContextPriority);
            position += length;
            // Lists of names: 刘春明、许海玲、申晓东 (titles take one name; bylines and groups take a list).
            if (!isList || position >= text.Length || text[position] != '、')
            {
                break;
            }

            position++;
        }
    }

    /// <summary>Length of a name starting at <paramref name="start"/>, decided by what may follow a name.</summary>
    private int? NameAt(string text, int start, IReadOnlyList<ChineseToken> tokens)
    {
        var surname = lexicon.SurnameLength(text, start);
        if (surname == 0)
        {
            return null;
        }

        // Trust the tagger when it sees a name of plausible length right here that ends where a name may end.
        var token = TokenAt(tokens, start);
        var tagged = token is { Tag: "nr" or "nrfg" } t && t.Word.Length > surname && t.Word.Length <= surname + 2 && IsHan(text, start, t.Word.Length)
            ? t.Word.Length
            : (int?)null;
        if (tagged is { } taggedLength && IsBoundary(text, start + taggedLength))
        {
            return taggedLength;
        }

        // Two-character given name first when a follow word comes right after; else a one-character one.
        foreach (var given in new[] { 1, 2 }.OrderBy(g => FollowsStrongly(text, start + surname + g) ? 0 : 1).ThenByDescending(g => g))
        {
            var length = surname + given;
            if (IsHan(text, start, length) && IsBoundary(text, start + length) && !lexicon.IsTrigger(text.Substring(start + surname, given)))
            {
                return length;
            }
        }

        return tagged;
    }

    private static bool FollowsStrongly(string text, int position) =>
        position <= text.Length && FollowWords.Any(w => w.Length > 1 && string.CompareOrdinal(text, position, w, 0, w.Length) == 0);

    private bool IsBoundary(string text, int position)
    {
        if (position >= text.Length)
        {
            return true;
        }

        var c = text[position];
        if (!IsHanChar(c))
        {
            return true;
        }

        if (FollowWords.Any(w => string.CompareOrdinal(text, position, w, 0, w.Length) == 0))
        {
            return true;
        }

        // A title or byline word may follow a name directly (付凯明通讯员李想).
        for (var length = 2; length <= lexicon.MaxTriggerLength && position + length <= text.Length; length++)
        {
            if (lexicon.IsTrigger(text.Substring(position, length)))
            {
                return true;
            }
        }

        return false;
    }

    private bool LooksLikeName(string text, ChineseToken token, ChineseToken? next)
    {
        var word = token.Word;
        if (!IsHan(text, token.Offset, word.Length))
        {
            return false;
        }

        if (token.Tag == "nrfg")
        {
            return word.Length is >= 2 and <= 4;
        }

        var surname = lexicon.SurnameLength(word, 0);
        if (surname == 0 || word.Length <= surname || word.Length > surname + 2 || NameSuffixStop.Contains(word[^1]))
        {
            return false;
        }

        // A quoted word is a slogan or a nickname (“白改黑”), not a name the tagger can vouch for.
        var quoted = token.Offset > 0 && token.End < text.Length && text[token.Offset - 1] is '“' or '"' or '「' && text[token.End] is '”' or '"' or '」';
        return !quoted && (next is not { } n || !NonPersonHeads.Any(h => n.Word.StartsWith(h, StringComparison.Ordinal)));
    }

    private static bool IsInsideLongerWord(string text, int offset, int length, IReadOnlyList<ChineseToken> tokens)
    {
        // A token that strictly contains the mention (李想法?) means the characters form another word here.
        foreach (var token in tokens)
        {
            if (token.Offset > offset)
            {
                break;
            }

            if (token.End > offset && token.Word.Length > length && token.Offset <= offset && token.End >= offset + length && token.Tag is not ("nr" or "nrfg" or "nrt"))
            {
                return true;
            }
        }

        return offset + length < text.Length && NonPersonHeads.Any(h => string.CompareOrdinal(text, offset + length, h, 0, h.Length) == 0 && h.Length > 1);
    }

    private static ChineseToken? TokenAt(IReadOnlyList<ChineseToken> tokens, int offset)
    {
        foreach (var token in tokens)
        {
            if (token.Offset == offset)
            {
                return token;
            }

            if (token.Offset > offset)
            {
                break;
            }
        }

        return null;
    }

    private static bool IsHan(string text, int start, int length)
    {
        if (start + length > text.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (!IsHanChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsHanChar(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
