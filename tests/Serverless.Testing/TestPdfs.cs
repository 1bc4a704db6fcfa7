using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Writer;

namespace Serverless.Testing;

/// <summary>The odd PDFs the failure tests need, made by code so none is committed; and the committed fixtures.</summary>
public static class TestPdfs
{
    /// <summary>Two lines of a story: enough text for a page to count as an article.</summary>
    public static readonly string[] Story =
    [
        "Council opens the new harbour library after two years of building work on the old",
        "customs house, with reading rooms on three floors and a children's wing at the back.",
    ];

    public static string Fixtures => Path.Combine(TestPaths.Repository, "tests", "corpus-pdf");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>Pages with a few lines of text each.</summary>
    public static byte[] Text(int pages, params string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 11, new PdfPoint(60, 760 - 16 * i), font);
            }
        }

        return builder.Build();
    }

    /// <summary>A scan: one grey picture per page and no text, or with an invisible OCR text layer over it.</summary>
    public static byte[] Scan(string[]? ocrLines = null)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(Png(64, 64), new PdfRectangle(40, 80, 555, 800));
        if (ocrLines is not null)
        {
            page.SetTextRenderingMode(TextRenderingMode.Neither);
            for (var i = 0; i < ocrLines.Length; i++)
            {
                page.AddText(ocrLines[i], 11, new PdfPoint(60, 760 - 16 * i), font);
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose trailer names the standard security handler with a user password we do not have.</summary>
    public static byte[] Encrypted()
    {
        var text = Encoding.Latin1.GetString(Text(1, "Secret page"));
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var dict = text.IndexOf("<<", at, StringComparison.Ordinal) + 2;
        var hex = new string('A', 64);
        var encrypt = $" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{hex}> /U <{hex}> >> /ID [<{new string('B', 32)}> <{new string('B', 32)}>] ";
        return Encoding.Latin1.GetBytes(text.Insert(dict, encrypt));
    }

    private static byte[] Png(int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = i % (width + 1) == 0 ? (byte)0 : (byte)(96 + i % 64);
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(raw);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 0, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(BigEndian(data.Length));
        png.Write(typed);
        png.Write(BigEndian((int)Crc32(typed)));
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
