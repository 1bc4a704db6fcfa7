using System.Security.Cryptography;
using System.Text;

namespace Serverless.Publishing.Articles;

public static class ContentHash
{
    /// <summary>sha256 hex of the title and paragraphs, each followed by a newline.</summary>
    public static string Of(string title, IEnumerable<string> paragraphs)
    {
        var text = new StringBuilder(title).Append('\n');
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
