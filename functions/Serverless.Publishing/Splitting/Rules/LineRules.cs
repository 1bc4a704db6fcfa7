using System.Text.RegularExpressions;
using Serverless.Publishing.Cleaning;

namespace Serverless.Publishing.Splitting.Rules;

/// <summary>Single-line recognisers shared by segmentation and classification.</summary>
public static partial class LineRules
{
    /// <summary>"本报记者 杨 帆 摄", "（新华社发）", "(AP Photo/Evan Vucci)", "Photo by JANE DOE".</summary>
    public static bool IsCredit(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 40)
        {
            return false;
        }

        if (text.Contains('摄') || text.Contains("供图", StringComparison.Ordinal) || text.Contains("资料图片", StringComparison.Ordinal)
            || text.Contains("新华社发", StringComparison.Ordinal))
        {
            return CjkCredit().IsMatch(Despacer.Body(text).Trim('（', '）', '(', ')'));
        }

        return text.Contains("hoto", StringComparison.OrdinalIgnoreCase) && LatinCredit().IsMatch(text);
    }

    /// <summary>A whole line in brackets: "（本栏稿件均由本报记者郭树勋整理）", "（作者为…）", "（上接第一版）".</summary>
    public static bool IsBracketNote(string text) =>
        text.Length >= 4 && text[0] is '（' or '(' && text[^1] is '）' or ')' && text.IndexOf('。') < 0
            && Balanced(text.AsSpan(1, text.Length - 2));

    /// <summary>A subtitle line opens with a dash: "——今年计划再装150部", "-- a deck".</summary>
    public static bool IsDashSubtitle(string text) => text.StartsWith('—') || text.StartsWith("--", StringComparison.Ordinal);

    /// <summary>"编者按：…": the editors introduce the story printed after it.</summary>
    public static bool IsEditorsNote(string compact) =>
        compact.StartsWith("编者按", StringComparison.Ordinal) || compact.StartsWith("【编者按】", StringComparison.Ordinal) || compact.StartsWith("编者的话", StringComparison.Ordinal);

    /// <summary>A text that ends with its source in brackets after the last sentence: "…800余份。（记者 吴敏）".</summary>
    public static bool EndsWithBracketSource(string compact) => BracketSource().IsMatch(compact);

    /// <summary>A caption closed by its credit in brackets on the same line: "…after the storm. (AP Photo/Jane Roe)".</summary>
    public static bool EndsWithLatinPhotoCredit(string line)
    {
        var open = line.LastIndexOf('(');
        return open > 0 && line[^1] == ')' && EndsLatinSentence(line[..open].TrimEnd()) && IsCredit(line[open..]);
    }

    /// <summary>A short text closed by a photo credit in brackets: "…图为小朋友在挑选图书。（通讯员 孙晓 摄）".</summary>
    public static bool EndsWithPhotoCredit(string compact) => BracketPhotoCredit().IsMatch(compact);

    public static bool IsCaptionStart(string text) =>
        text.Length > 0 && (CharClass.IsCaptionMarker(text[0]) || CaptionWords().IsMatch(text));

    /// <summary>A short stand-alone line naming a role and a person: the writer or interviewee of a column piece.</summary>
    public static bool IsAttribution(string compact) =>
        compact.Length <= 30 && !HasSentencePunctuation(compact) && NameRules.IsAttribution(compact);

    public static bool HasSentencePunctuation(string text) =>
        text.AsSpan().IndexOfAny("，。；：、！？,;") >= 0;

    /// <summary>Brackets and quotes open and close within the text: headlines are balanced, column fragments often not.</summary>
    public static bool Balanced(ReadOnlySpan<char> text)
    {
        var round = 0;
        var quotes = 0;
        var book = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '（' or '(':
                    round++;
                    break;
                case '）' or ')':
                    if (--round < 0)
                    {
                        return false;
                    }

                    break;
                case '“':
                    quotes++;
                    break;
                case '”':
                    if (--quotes < 0)
                    {
                        return false;
                    }

                    break;
                case '《':
                    book++;
                    break;
                case '》':
                    if (--book < 0)
                    {
                        return false;
                    }

                    break;
            }
        }

        return round == 0 && quotes == 0 && book == 0;
    }

    // ---- Latin lines ----

    /// <summary>Capitals or Title Case, no sentence end: a headline line (or the name line of an advert).</summary>
    public static bool IsLatinHeadlineLike(string line)
    {
        if (line.Length == 0 || line.Length > 90 || !char.IsUpper(line[0]) || EndsLatinSentence(line) || DatelineRules.StartsBody(line))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14)
        {
            return false;
        }

        var significant = 0;
        var capitalised = 0;
        foreach (var word in words)
        {
            var letters = word.TrimStart('"', '\'', '(', '‘', '“');
            if (letters.Length < 4 || !char.IsLetter(letters[0]))
            {
                continue;
            }

            significant++;
            capitalised += char.IsUpper(letters[0]) ? 1 : 0;
        }

        return significant == 0 ? IsLatinCaps(line) : capitalised * 4 >= significant * 3;
    }

    public static bool IsLatinCaps(string line)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 4 && upper * 10 >= letters * 9;
    }

    /// <summary>A sentence end, not an abbreviation like "a.m" inside a sentence: Latin text ends with . ! ? or a closing quote after them.</summary>
    public static bool EndsLatinSentence(string line) => CharClass.EndsSentence(line);

    /// <summary>A kicker over an English headline: a few words in capitals ("OUR VIEW", "GUEST COMMENTARY").</summary>
    public static bool IsLatinKicker(string line) =>
        line.Length <= 30 && IsLatinCaps(line) && !EndsLatinSentence(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;

    /// <summary>
    /// The next line opens in lower case, so this line's sentence runs on: prose, whatever its capitals
    /// ("Police Chief Raymond Szabo, who sat in" / "the front row…"). A hyphen at the end is a broken word, which headlines have too.
    /// </summary>
    public static bool RunsOn(string line, string next) =>
        next.Length > 0 && char.IsLower(next[0]) && !line.EndsWith('-');

    /// <summary>
    /// A one-line sentence-case headline printed right above its body ("Fines taught me responsibility" / "I read with
    /// dismay…"): short for the column, ends no sentence or clause, and not on a word that needs the next line.
    /// </summary>
    /// <param name="opening">The line opens the title, so it starts with a capital; a wrapped title's last line need not.</param>
    public static bool IsShortTitle(string line, double columnWidth, bool opening = true)
    {
        if (line.Length == 0 || line.Length >= columnWidth * 0.8 || (opening && !char.IsUpper(line[0])) || EndsLatinSentence(line)
            || line[^1] is ',' or '-' or ':' or ';' or '—' or '–')
        {
            return false;
        }

        var lastSpace = line.LastIndexOf(' ');
        return lastSpace > 0 && !OpenWords.Contains(line[(lastSpace + 1)..]);
    }

    /// <summary>"— Harold Brandt, Riverside": the signature under a letter to the editor.</summary>
    public static bool IsSignature(string line) => line.Length is > 3 and <= 70 && line[0] is '—' or '–' or '-' && Signature().IsMatch(line);

    /// <summary>
    /// The opening of a note about the writer after an opinion piece: "Elaine Marsh is a professor…", "The writer is…",
    /// "Frank DeLuca's column appears Tuesdays."
    /// </summary>
    public static bool IsBioStart(string line) => line.Length > 0 && char.IsUpper(line[0]) && BioStart().IsMatch(line);

    /// <summary>
    /// A story's tagline: how to reach the writer ("Contact Jane Roe at jroe@courier.com.", "Reach him at 555-0100.") or
    /// who helped ("The Associated Press contributed to this report.").
    /// </summary>
    public static bool IsTagline(string line) =>
        line.Length > 0 && char.IsUpper(line[0]) && (ContactLine().IsMatch(line) || line.Contains(" contributed to this ", StringComparison.Ordinal) && Contributed().IsMatch(line));

    /// <summary>Words a headline line does not end on: the phrase goes on in the next line.</summary>
    private static readonly HashSet<string> OpenWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "and", "or", "but", "for", "in", "on", "at", "by", "with", "from", "as", "that", "who",
        "which", "said", "says", "is", "are", "was", "were", "his", "her", "their", "its",
    };

    /// <summary>
    /// A headline line whose only advert signal is a sum in thousands ("$240,000 FOR", "$85,000 on New"): news of a
    /// budget or a bond, not a price.
    /// </summary>
    public static bool IsHeadlineSum(string line) =>
        !EndsLatinSentence(line) && AdvertSignal().Matches(line).Count == 1 && ThousandsSum().IsMatch(line);

    [GeneratedRegex(@"\$\d{1,3}(?:,\d{3})+(?!\.\d)")]
    private static partial Regex ThousandsSum();

    /// <summary>Prices, phone numbers, bullets, opening hours: the lines of an advertisement.</summary>
    public static bool IsAdvertLine(string line) => AdvertSignal().IsMatch(line);

    [GeneratedRegex(@"^(?:(?:本报|新华社|人民日报|中新社)?(?:特约|见习|实习|首席)?(?:摄影)?(?:记者|通讯员)?[\p{IsCJKUnifiedIdeographs}·、 ]{1,20}摄(?:影)?|新华社发|新华社发[\p{IsCJKUnifiedIdeographs} ]{2,12}摄|资料图片|视觉中国供图|[\p{IsCJKUnifiedIdeographs}]{2,10}供图)$")]
    private static partial Regex CjkCredit();

    [GeneratedRegex(@"^\(?(?:AP|AFP|Reuters|Getty|Staff|[A-Z][a-z]{2,15})? ?(?:Photo|PHOTO|Photograph|photo)(?:s)? ?(?:by|courtesy of|/|:) ?[A-Z][A-Za-z.'’\- /]{1,40}\)?$")]
    private static partial Regex LatinCredit();

    [GeneratedRegex(@"^(?:—|–|-{1,2}) ?[A-Z][A-Za-z.'’\-]{0,20}(?: (?:[A-Z][A-Za-z.'’\-]{0,20}|de|van|von|da|del)){0,4}(?:, [A-Z][A-Za-z.'’\- ]{1,40})?$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(?:The (?:writer|author|writers|authors) (?:is|are|was|lives|teaches|works|served)\b|(?:[A-Z][a-z'’\-]+|[A-Z]\.)(?: (?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)){1,3}(?:'s|’s)? (?:is|was|has|writes|teaches|lives|works|column|columns|can be reached)\b)")]
    private static partial Regex BioStart();

    [GeneratedRegex(@"^(?:Contact|Reach|E-?mail|CONTACT|REACH) (?:him|her|them|the writer|the reporter|[A-Z][A-Za-z.'’\-]{1,20}(?: [A-Z][A-Za-z.'’\-]{1,20}){0,2}) (?:at|by email at|on Twitter at)\b")]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"^[A-Z][A-Za-z.'’\-]{0,20}(?: [A-Za-z.,'’\-]{1,20}){0,12} contributed to this (?:report|story|article)\.$")]
    private static partial Regex Contributed();

    [GeneratedRegex(@"^(?:图为|上图|下图|左图|右图|图[①-⑩1-9]|图：|PHOTO:|Photo:|ABOVE:|Above:|Pictured:)")]
    private static partial Regex CaptionWords();

    [GeneratedRegex(@"\$\d|•|\b\d{3}-\d{4}\b|\b\d{1,2}(?::\d\d)? ?[ap]\.m\.|www\.|\.com\b|\b\d{1,3}% off|\bCall\b|\bOpen daily\b")]
    private static partial Regex AdvertSignal();

    [GeneratedRegex(@"[。！？”](?:（|\()(?:本报)?(?:记者|通讯员|见习记者|实习生)?[\p{IsCJKUnifiedIdeographs}· ]{2,16}(?:）|\))$")]
    private static partial Regex BracketSource();

    [GeneratedRegex(@"[。！？”](?:（|\()[^（）()]{2,24}摄(?:）|\))$")]
    private static partial Regex BracketPhotoCredit();
}
