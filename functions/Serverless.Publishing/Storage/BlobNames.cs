using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Serverless.Publishing.Ingest;

namespace Serverless.Publishing.Storage;

/// <summary>
/// The one place a blob name is made: maps an incoming page name to its page id and every output name, and refuses
/// what it cannot map safely. Azure and Azurite read '\' as '/', and URIs resolve '.' and '..' segments, so such a name
/// would address another blob or container; names over Azure's limits fail later and less clearly.
/// </summary>
public static class BlobNames
{
    /// <summary>Azure's limits on a blob name.</summary>
    public const int MaxLength = 1024;

    public const int MaxSegments = 254;

    /// <summary>Ids (page, article) are one URL-safe segment: lower-case ASCII letters, digits and inner '-'.</summary>
    public const int MaxIdLength = 128;

    private const string JsonExtension = ".json";
    private const string RefusedNamesFolder = "refused-names";

    /// <summary>Why <paramref name="name"/> is no safe blob name, or null when it is.</summary>
    public static string? ProblemOf(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "the name is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"the name is {name.Length} characters long, Azure allows {MaxLength}";
        }

        var segments = 1;
        var start = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '/')
            {
                if (SegmentProblem(name.AsSpan(start, i - start)) is { } segmentProblem)
                {
                    return segmentProblem;
                }

                segments++;
                start = i + 1;
            }
            else if (CharacterProblem(name, i) is { } characterProblem)
            {
                return characterProblem;
            }
            else if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        if (SegmentProblem(name.AsSpan(start)) is { } lastProblem)
        {
            return lastProblem;
        }

        if (segments > MaxSegments)
        {
            return $"the name has {segments} path segments, Azure allows {MaxSegments}";
        }

        return name.EndsWith('.') ? "the name ends with '.', which Azure drops" : null;
    }

    /// <summary>Why <paramref name="id"/> is no safe id, or null when it is.</summary>
    public static string? IdProblemOf(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "the id is missing";
        }

        if (id.Length > MaxIdLength)
        {
            return $"the id is {id.Length} characters long, at most {MaxIdLength} are allowed";
        }

        if (id[0] == '-' || id[^1] == '-' || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return $"the id '{Printable(id)}' is not made of lower-case ASCII letters, digits and inner '-'";
        }

        return null;
    }

    public static bool TryParse(string? name, out SafeBlobName safe, [NotNullWhen(false)] out string? problem)
    {
        problem = ProblemOf(name);
        safe = problem is null ? new SafeBlobName(name!) : default;
        return problem is null;
    }

    /// <exception cref="UnsafeBlobNameException">The name breaks a rule.</exception>
    public static SafeBlobName Parse(string name) =>
        TryParse(name, out var safe, out var problem) ? safe : throw new UnsafeBlobNameException(name, problem);

    /// <summary>The id of a page, derived from its (checked) name.</summary>
    public static string PageId(SafeBlobName page) => ArticleIds.PageId(page.Value);

    /// <summary>drafts/{pageId}/{ordinal}.json</summary>
    public static SafeBlobName Draft(string pageId, int ordinal) =>
        Parse($"{CheckedId(pageId)}/{ordinal.ToString("D2", CultureInfo.InvariantCulture)}{JsonExtension}");

    /// <summary>Reads a draft's name back: the name, and the id the article in it must carry.</summary>
    public static bool TryParseDraft(string? name, out SafeBlobName safe, [NotNullWhen(true)] out string? articleId, [NotNullWhen(false)] out string? problem)
    {
        articleId = null;
        if (!TryParse(name, out safe, out problem))
        {
            return false;
        }

        var slash = name!.IndexOf('/');
        var pageId = slash < 0 ? null : name[..slash];
        var file = slash < 0 ? "" : name[(slash + 1)..];
        if (IdProblemOf(pageId) is { } idProblem)
        {
            problem = $"a draft is named {{pageId}}/{{ordinal}}{JsonExtension} and {idProblem}";
            return false;
        }

        if (!file.EndsWith(JsonExtension, StringComparison.Ordinal)
            || !int.TryParse(file.AsSpan(0, file.Length - JsonExtension.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
            || ordinal < 1 || Draft(pageId!, ordinal) != safe)
        {
            problem = $"a draft is named {{pageId}}/{{ordinal}}{JsonExtension}, with a positive two-digit or longer ordinal";
            return false;
        }

        articleId = ArticleIds.ArticleId(pageId!, ordinal);
        return true;
    }

    /// <summary>articles/{articleId}.json</summary>
    public static SafeBlobName Article(string articleId) => Parse(CheckedId(articleId) + JsonExtension);

    /// <summary>Reads an article's name back: the name, and the id the article in it must carry.</summary>
    public static bool TryParseArticle(string? name, out SafeBlobName safe, [NotNullWhen(true)] out string? articleId, [NotNullWhen(false)] out string? problem)
    {
        articleId = null;
        if (!TryParse(name, out safe, out problem))
        {
            return false;
        }

        var id = name!.EndsWith(JsonExtension, StringComparison.Ordinal) ? name[..^JsonExtension.Length] : null;
        if (IdProblemOf(id) is { } idProblem)
        {
            problem = $"an article is named {{articleId}}{JsonExtension} and {idProblem}";
            return false;
        }

        articleId = id!;
        return true;
    }

    /// <summary>cache/split/{pageId}.json: the page version last split, so a duplicate event for it does no work.</summary>
    public static SafeBlobName SplitMarker(string pageId) => Parse($"split/{CheckedId(pageId)}{JsonExtension}");

    /// <summary>cache/split/{pageId}.articles.json: the articles the page's last split produced, so the next split keeps their ids.</summary>
    public static SafeBlobName SplitArticles(string pageId) => Parse($"split/{CheckedId(pageId)}.articles{JsonExtension}");

    /// <summary>site/{articleId}.html</summary>
    public static SafeBlobName ArticlePage(string articleId) => Parse(CheckedId(articleId) + ".html");

    /// <summary>
    /// errors/{stage}/{input}.json for an input with a safe name; an input whose name was refused is recorded under
    /// errors/{stage}/refused-names/{hash}.json, the name itself inside the record. Never throws.
    /// </summary>
    public static SafeBlobName ErrorRecord(string stage, string input)
    {
        var name = $"{stage}/{input}.json";
        if (ProblemOf(input) is null && ProblemOf(name) is null)
        {
            return new SafeBlobName(name);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..32];
        return Parse($"{stage}/{RefusedNamesFolder}/{hash}.json");
    }

    /// <summary>A name as it can be shown in a message or log: control and invisible characters escaped, long names cut.</summary>
    public static string Printable(string name, int maxLength = 200)
    {
        var text = new StringBuilder(Math.Min(name.Length, maxLength) + 8);
        foreach (var c in name.Length > maxLength ? name[..maxLength] : name)
        {
            _ = char.IsControl(c) || char.IsSurrogate(c) || IsBidiControl(c) || c is '\uFFFE' or '\uFFFF'
                ? text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}")
                : text.Append(c);
        }

        return name.Length > maxLength ? text.Append(CultureInfo.InvariantCulture, $"… ({name.Length} characters)").ToString() : text.ToString();
    }

    private static string CheckedId(string id) =>
        IdProblemOf(id) is { } problem ? throw new UnsafeBlobNameException(id, problem) : id;

    private static string? SegmentProblem(ReadOnlySpan<char> segment)
    {
        if (segment.IsEmpty)
        {
            return "the name has an empty path segment (a leading, trailing or doubled '/')";
        }

        // Proxies and some clients decode %2E before resolving dot segments.
        var decoded = segment.Contains('%') ? Uri.UnescapeDataString(segment.ToString()) : segment.ToString();
        return decoded.All(c => c == '.') ? $"the name has a '{decoded}' path segment" : null;
    }

    private static string? CharacterProblem(string name, int i)
    {
        var c = name[i];
        return c switch
        {
            '\\' => $"the name holds a backslash at {i}, which Azure Storage reads as '/'",
            _ when char.IsControl(c) => $"the name holds the control character U+{(int)c:X4} at {i}",
            '\uFFFE' or '\uFFFF' => $"the name holds the non-character U+{(int)c:X4} at {i}",
            _ when IsBidiControl(c) => $"the name holds the bidirectional control U+{(int)c:X4} at {i}, which disguises its text",
            _ when char.IsHighSurrogate(c) && (i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1])) => $"the name holds a lone surrogate at {i}",
            _ when char.IsLowSurrogate(c) => $"the name holds a lone surrogate at {i}",
            _ => null,
        };
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
