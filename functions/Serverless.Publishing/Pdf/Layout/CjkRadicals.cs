using System.Text;

namespace Serverless.Publishing.Pdf.Layout;

/// <summary>
/// Fonts often map ideographs to radical look-alikes (⽉ for 月, ⺠ for 民), which text extractors fold back.
/// Kangxi radicals have compatibility forms; the radicals supplement does not, so its common ones are listed.
/// </summary>
public static class CjkRadicals
{
    private const string Supplement =
        "⺁厂⺇几⺊卜⺎兀⺏尢⺒巳⺓幺⺗心⺛旡⺝月⺟母⺠民⺤爫⺦丬⺧牛⺩王⺪疋⺬示⺮竹⺯糸⺰纟⺲罒⺶羊⺹耂⺺肀⺻聿⺼月⺽臼⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻊足⻋车⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻭齿⻰龙⻳龟";

    private static readonly Dictionary<char, char> Map = Enumerable.Range(0, Supplement.Length / 2)
        .ToDictionary(i => Supplement[2 * i], i => Supplement[2 * i + 1]);

    public static char Unify(char c) => Shared(c switch
    {
        >= '\u2F00' and <= '\u2FDF' => c.ToString().Normalize(NormalizationForm.FormKC)[0],
        >= '\u2E80' and <= '\u2EFF' => Map.GetValueOrDefault(c, c),
        _ => c,
    });

    // after the radical fold too: the radical ⼾ is the ideograph 戶 by compatibility, printed for 户
    private static char Shared(char c) => c switch
    {
        // one glyph shared by two code points in CJK fonts; extractors report the one Chinese text uses
        '戶' => '户',
        '―' => '—',
        _ => c,
    };
}
