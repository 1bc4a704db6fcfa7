using System.Text.RegularExpressions;
using Serverless.Publishing.Enrichment.Local.Text;
using static Serverless.Publishing.Enrichment.Local.Text.EntityCategories;

namespace Serverless.Publishing.Enrichment.Local.Chinese;

/// <summary>DateTime and Quantity entities in Chinese text by pattern: the segmenter splits "2210万元" into pieces.</summary>
internal static partial class ChineseNumericRules
{
    private const string Digits = "[0-9０-９]";
    private const string CnDigits = "[零〇一二两三四五六七八九十]";
    private const string Amount = Digits + "+(?:[.,．]" + Digits + "+)*";
    private const string Approx = "(?:余|多)?";
    private const string Magnitude = "(?:十|百|千|万|亿|万亿)*";

    public static IEnumerable<EntityCandidate> Find(string text)
    {
        foreach (var (regex, category, subcategory, confidence) in Rules)
        {
            foreach (Match match in regex.Matches(text))
            {
                yield return new EntityCandidate(match.Index, match.Length, category, subcategory, confidence, PatternPriority);
            }
        }
    }

    private static readonly (Regex Regex, string Category, string Subcategory, double Confidence)[] Rules =
    [
        (FullDate(), EntityCategories.DateTime, Date, 0.95),
        (YearMonth(), EntityCategories.DateTime, DateRange, 0.9),
        (MonthOnly(), EntityCategories.DateTime, DateRange, 0.85),
        (ClockTime(), EntityCategories.DateTime, Time, 0.9),
        (RelativeDate(), EntityCategories.DateTime, Date, 0.8),
        (Duration(), EntityCategories.DateTime, EntityCategories.Duration, 0.85),
        (Percentage(), Quantity, EntityCategories.Percentage, 0.95),
        (Currency(), Quantity, EntityCategories.Currency, 0.95),
        (Dimension(), Quantity, EntityCategories.Dimension, 0.9),
        (Ordinal(), Quantity, EntityCategories.Ordinal, 0.85),
        (Count(), Quantity, Number, 0.85),
    ];

    // 2021年4月18日上午, 4月13日, 四月十八日
    [GeneratedRegex("(?:(?:" + Digits + "{4}|[〇零一二三四五六七八九]{4})年)?(?:" + Digits + "{1,2}|" + CnDigits + "{1,3})月(?:" + Digits + "{1,2}|" + CnDigits + "{1,3})[日号](?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间)?")]
    private static partial Regex FullDate();

    // 2021年, 2020年度, 2021年4月
    [GeneratedRegex("(?:" + Digits + "{4}|[〇零一二三四五六七八九]{4})年(?:度|" + Digits + "{1,2}月(?:份|上旬|中旬|下旬)?)?")]
    private static partial Regex YearMonth();

    // 4月 (not followed by a day), 4月份, 3月上旬
    [GeneratedRegex("(?<![0-9０-９])(?:" + Digits + "{1,2})月(?:份|上旬|中旬|下旬)?(?![0-9０-９一二三四五六七八九十]|[日号])")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(Digits + "{1,2}[:：]" + Digits + "{2}|" + Digits + "{1,2}时(?:" + Digits + "{1,2}分)?")]
    private static partial Regex ClockTime();

    [GeneratedRegex("今年|去年|明年|前年|今天|昨天|明天|昨日|今日|当天|近日|日前|当晚|上周|本周|下周|上月|本月|下月")]
    private static partial Regex RelativeDate();

    // 18个月, 3天, 两年 (not 2021年, which is a date)
    [GeneratedRegex("(?:" + Digits + "{1,3}|[一二两三四五六七八九十]{1,2})(?:余|多)?(?:个月|天|周|小时|分钟|年)(?:来|间)?(?<!" + Digits + "{4}年)")]
    private static partial Regex Duration();

    // 39%, 0.7个百分点, 百分之三十九
    [GeneratedRegex(Amount + "\\s?(?:[%％]|个百分点)|百分之" + "[零一二三四五六七八九十百点.0-9]+")]
    private static partial Regex Percentage();

    // 2210万元, 1000余万元, 3.5亿美元
    [GeneratedRegex("约?" + Amount + Approx + Magnitude + Approx + "(?:元人民币|元|美元|欧元|英镑|日元|港元|港币|人民币|块钱)")]
    private static partial Regex Currency();

    // 40余公里, 2万余米, 700余立方米
    [GeneratedRegex("约?" + Amount + Approx + Magnitude + Approx + "(?:平方公里|平方千米|平方米|立方米|公里|千米|厘米|毫米|米|公顷|亩|吨|千克|公斤|克|千瓦时|千瓦|兆瓦|升|毫升)")]
    private static partial Regex Dimension();

    // 第33个, 第二轮
    [GeneratedRegex("第(?:" + Digits + "+|" + CnDigits + "+)(?:个|届|次|轮|批|名|期|季|位|条|章|项)?")]
    private static partial Regex Ordinal();

    // 1368名, 80余家, 3000多张, 7200余人次
    [GeneratedRegex("约?" + Amount + Approx + Magnitude + Approx + "(?:人次|周年|名|家|个|人|起|块|张|座|辆|份|台|件|项|次|户|所|批|处|条|株|头|只|位|栋|套|间|场|支|篇|本|期|届|倍|岁|天|小时|分钟)")]
    private static partial Regex Count();
}
