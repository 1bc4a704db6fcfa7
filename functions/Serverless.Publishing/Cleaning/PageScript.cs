namespace Serverless.Publishing.Cleaning;

/// <summary>The writing system a page's rules are chosen by.</summary>
public enum PageScript
{
    Cjk,
    Latin,
}

public static class ScriptDetector
{
    /// <summary>A Han character carries about as much text as a Latin word, so CJK wins well before it has half the letters.</summary>
    public static PageScript Detect(ReadOnlySpan<char> text)
    {
        var cjk = CharClass.CountCjk(text);
        var latin = CharClass.CountLatinLetters(text);
        return cjk * 3 >= latin && cjk > 0 ? PageScript.Cjk : PageScript.Latin;
    }

    public static string LanguageTag(PageScript script) => script == PageScript.Cjk ? "zh-Hans" : "en";
}
