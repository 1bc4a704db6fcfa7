using Serverless.Publishing.Enrichment.Local.Text;

namespace Serverless.Publishing.Enrichment.Local.English;

/// <summary>English stop words and the small gazetteer that names entity categories.</summary>
internal sealed class EnglishLexicon
{
    public static EnglishLexicon Instance { get; } = new();

    private EnglishLexicon()
    {
        StopWords = LexiconResource.Words("en-stopwords.txt").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var gazetteer = LexiconResource.Sections("en-gazetteer.txt", ';');
        Locations = gazetteer["location"].ToHashSet(StringComparer.Ordinal);
        LocationSuffixes = gazetteer["location-suffix"].ToHashSet(StringComparer.Ordinal);
        OrganizationSuffixes = gazetteer["organization-suffix"].ToHashSet(StringComparer.Ordinal);
        Organizations = gazetteer["organization"].ToHashSet(StringComparer.Ordinal);
        Titles = gazetteer["title"].ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> StopWords { get; }

    public IReadOnlySet<string> Locations { get; }

    public IReadOnlySet<string> LocationSuffixes { get; }

    public IReadOnlySet<string> OrganizationSuffixes { get; }

    public IReadOnlySet<string> Organizations { get; }

    public IReadOnlySet<string> Titles { get; }
}
