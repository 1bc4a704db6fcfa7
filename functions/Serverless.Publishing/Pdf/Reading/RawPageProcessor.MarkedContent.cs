using System.Text;
using UglyToad.PdfPig.Tokens;

namespace Serverless.Publishing.Pdf.Reading;

internal sealed partial class RawPageProcessor
{
    // where each open marked-content span began in the letters, and the text it stands for (if it says)
    private readonly Stack<(int Start, string? ActualText)> spans = [];
    private static readonly NameToken ActualTextKey = NameToken.Create("ActualText");

    // A font may map a glyph to a look-alike (㬵 for 胶, ⼈ for 人) or a space (a soft hyphen); the producer then says
    // what the glyphs are in /ActualText, as Chromium does, and that text replaces them, as pdftotext reads it.
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
        string? actualText = null;
        if (properties is not null && properties.TryGet(ActualTextKey, out var token))
        {
            actualText = token switch
            {
                HexToken hex => Decode(hex.Bytes),
                StringToken text => text.Data,
                _ => null,
            };
        }

        spans.Push((letters.Count, actualText));
    }

    public override void EndMarkedContent()
    {
        if (!spans.TryPop(out var span) || span.ActualText is null || span.Start >= letters.Count)
        {
            return;
        }

        var first = letters[span.Start];
        var last = letters[^1];
        letters.RemoveRange(span.Start, letters.Count - span.Start);
        letters.Add(first with { Value = span.ActualText, EndX = last.EndX });
    }

    // a text string is UTF-16 with a byte order mark, or PDFDocEncoding (Latin-1 for the letters that matter here)
    private static string Decode(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFE, 0xFF, .. var rest] => Encoding.BigEndianUnicode.GetString(rest),
        [0xFF, 0xFE, .. var rest] => Encoding.Unicode.GetString(rest),
        _ => Encoding.Latin1.GetString(bytes),
    };
}
