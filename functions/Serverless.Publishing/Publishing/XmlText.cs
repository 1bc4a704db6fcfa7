using System.Text;
using System.Xml;

namespace Serverless.Publishing.Publishing;

/// <summary>Makes article text safe to carry in XML 1.0, HTML and JSON alike.</summary>
public static class XmlText
{
    /// <summary>Removes characters that XML 1.0 does not allow (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF), which would make a feed unreadable.</summary>
    public static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text[i]).Append(text[++i]);
            }
        }

        return clean.ToString();
    }

    /// <summary>Clean text on one line with single spaces, as titles must be for readers that show one line.</summary>
    public static string SingleLine(string text)
    {
        var clean = Clean(text);
        var line = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
            }
        }

        return line.ToString().TrimEnd();
    }
}
