using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>Articles in the JSON contract's shape, for feeding the publish stage.</summary>
internal static class TestArticles
{
    public const string ChineseTitle = "扛牢责任 抓好整改 确保成效";

    public static Article Chinese(string id = "dahe-daily-2026-04-18-p01-01", string publication = "dahe-daily", string published = "2026-04-18", int ordinal = 1) =>
        Make(id, publication, published, ordinal) with
        {
            Kicker = "示范区生态环境保护督察工作推进会强调",
            Title = ChineseTitle,
            Subtitle = "各部门要把问题清单转化为责任清单",
            Dateline = "本报讯",
            Authors = ["郭树勋", "李明"],
            Paragraphs =
            [
                "本报讯（记者郭树勋 李明）4月18日上午，示范区召开生态环境保护督察工作推进会。",
                "会议强调，要坚持问题导向，逐项销号，确保整改工作取得实效。",
            ],
            Notes = ["图片由示范区宣传部提供"],
            Language = "zh-Hans",
            KeyPhrases = ["生态环境", "督察整改", "问题清单"],
            Summary = ["示范区召开生态环境保护督察工作推进会。", "会议要求逐项整改。"],
        };

    public static Article English(string id, string publication = "harbour-times", string published = "2026-04-18", int ordinal = 1) =>
        Make(id, publication, published, ordinal) with
        {
            Title = "Harbour bridge reopens after repairs",
            Authors = ["Jane Doe"],
            Paragraphs = ["HARBOUR CITY — The bridge reopened on Friday.", "Traffic returned to normal by noon."],
            Language = "en",
            KeyPhrases = ["bridge", "traffic"],
            Summary = ["The harbour bridge reopened on Friday."],
        };

    /// <summary>Text that breaks naive feeds: markup, entities, CDATA terminators, C0 controls, emoji.</summary>
    public static Article Adversarial(string id = "adversarial-01") =>
        Make(id, "dahe-daily", "2026-04-19", 1) with
        {
            Kicker = "Kicker <b>bold</b> & \"quoted\"",
            Title = "<script>alert('x')</script> & ]]> \u0001\u0008\u000B\u001F 😀 标题",
            Subtitle = "Sub ]]> & <i>",
            Authors = ["O'Brien & <Partners>"],
            Paragraphs =
            [
                "First <script>alert(1)</script> paragraph & more ]]> end.",
                "Controls:\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F|tab\there 😀👍🏽",
            ],
            Notes = ["<img src=x onerror=alert(1)>"],
            Language = "zh-Hans",
            KeyPhrases = ["<tag>", "a&b", "]]>"],
            Summary = ["Summary <script>x</script> & ]]> \u0007 😀"],
        };

    public static Article Make(string id, string publication, string published, int ordinal) => new()
    {
        Id = id,
        Page = new PageRef($"{publication}/{published}/page-01.txt", publication, published, ordinal),
        Title = $"Article {id}",
        Paragraphs = [$"Body of {id}."],
        Language = "en",
        ContentHash = ContentHash.Of($"Article {id}", [$"Body of {id}."]),
    };
}
