namespace Serverless.Publishing.Cleaning;

/// <summary>One line of the page as extracted: its 0-based number, leading indent and trimmed text.</summary>
public readonly record struct PageLine(int Number, int Indent, string Text)
{
    public bool IsBlank => Text.Length == 0;

    public static PageLine[] Read(string sanitizedText)
    {
        var raw = sanitizedText.Split('\n');
        var lines = new PageLine[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            var text = raw[i];
            var trimmed = text.TrimStart(' ');
            lines[i] = new PageLine(i, text.Length - trimmed.Length, trimmed.TrimEnd());
        }

        return lines;
    }
}
