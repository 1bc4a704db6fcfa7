namespace Serverless.Publishing.Publishing.Site;

/// <summary>The pages' one stylesheet, inlined so a page is a single request. The font stack reaches a CJK face on every platform.</summary>
public static class SiteStyles
{
    public const string FontStack = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

    public const string Css = $$"""
        :root { color-scheme: light; --ink: #1f2328; --muted: #6b7280; --rule: #e5e7eb; --accent: #b42318; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; line-height: 1.8; font-size: 1.0625rem;
               font-family: {{FontStack}}; }
        main, header.site, footer.site { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
        header.site { border-bottom: 3px double var(--ink); padding-top: 1rem; }
        header.site a { color: var(--ink); text-decoration: none; font-weight: 700; font-size: 1.25rem; }
        a { color: #0b57d0; }
        .kicker { color: var(--accent); font-weight: 600; margin: 1.5rem 0 0; }
        h1 { font-size: clamp(1.5rem, 4vw, 2.25rem); line-height: 1.3; margin: .25rem 0; }
        .subtitle { font-size: 1.15rem; color: #374151; margin: .25rem 0 1rem; }
        .meta { color: var(--muted); font-size: .9rem; }
        .body p { margin: 0 0 1rem; text-align: justify; }
        .notes { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--rule); padding-top: .5rem; }
        .tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
        .tags li { background: #f3f4f6; border-radius: 999px; padding: .1rem .75rem; font-size: .85rem; }
        ol.articles { list-style: none; padding: 0; }
        ol.articles li { border-bottom: 1px solid var(--rule); padding: 1rem 0; }
        ol.articles h2 { font-size: 1.2rem; line-height: 1.4; margin: 0; }
        ol.articles h2 a { color: var(--ink); text-decoration: none; }
        ol.articles p { margin: .25rem 0; }
        footer.site { color: var(--muted); font-size: .85rem; padding-top: 1rem; padding-bottom: 2rem; }
        @media (max-width: 30rem) { body { font-size: 1rem; } }
        """;
}
