using System.Text;

namespace Serverless.Publishing.Cleaning;

/// <summary>
/// First cleaning step: one newline convention, ordinary spaces, and no character that XML 1.0 forbids
/// (feeds and JSON consumers choke on them; OCR and PDF extraction produce them).
/// </summary>
public static class TextSanitizer
{
    public static string Sanitize(string text)
    {
        // Most pages need nothing: return them without copying.
        var first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }

                continue;
            }

            switch (c)
            {
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        builder.Append('\n');
                    }

                    break;
                case '\n':
                    builder.Append('\n');
                    break;
                case '\f' or '\v' or '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                case '\t' or '\u00a0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' or '\u202f' or '\u205f':
                    builder.Append(' ');
                    break;
                // Joiners stay: emoji sequences (👩‍💻) and Indic/Persian words need them.
                case '\u200b' or '\u2060' or '\ufeff' or '\u00ad' or '\ufffe' or '\uffff':
                    break;
                default:
                    if (c >= ' ' && !char.IsLowSurrogate(c) && c is not (>= '\u007f' and <= '\u0084') and not (>= '\u0086' and <= '\u009f'))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static int FirstToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c != '\n') || c is (>= '\u007f' and <= '\u009f') or '\u00a0' or '\u00ad' or '\u3000' or '\ufeff' or '\ufffe' or '\uffff'
                || (c >= '\u2000' && c <= '\u206f') || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
