using Serverless.Publishing.Enrichment.Local.Text;
using static Serverless.Publishing.Enrichment.Local.Text.EntityCategories;

namespace Serverless.Publishing.Enrichment.Local.English;

/// <summary>
/// Proper-noun spans (runs of capitalised words, joined by "of", "and", "for", "the", "de" inside a name) classified
/// by a small gazetteer: known places and place heads (River, County) are Locations, known organisations and
/// organisation heads (University, Ministry, Inc.) Organizations, names after a title (Mayor, Dr.) or before a
/// speech verb (said, told) People. A person's surname alone later in the text is the same person.
/// Spans that none of these explain are left out rather than guessed.
/// </summary>
internal sealed class EnglishEntityRecognizer(EnglishLexicon lexicon)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "for", "the", "de", "van", "von", "&" };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal) { "said", "says", "told", "added", "explained", "noted", "stated", "wrote", "asked", "announced" };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public IEnumerable<EntityCandidate> Find(string text, IReadOnlyList<EnglishWord> words)
    {
        var found = new List<EntityCandidate>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsNameWord(words[i]))
            {
                continue;
            }

            var end = SpanEnd(words, i);
            var start = i;
            i = end;

            // "The", "In", "He" open sentences; they are not part of a name.
            while (start <= end && (lexicon.StopWords.Contains(words[start].Text) || Months.Contains(words[start].Text) && start == end))
            {
                start++;
            }

            var titled = false;
            while (start < end && lexicon.Titles.Contains(words[start].Text))
            {
                start++;
                titled = true;
            }

            if (start > end)
            {
                continue;
            }

            titled |= start > 0 && lexicon.Titles.Contains(words[start - 1].Text) && words[start].Gap == " ";
            var span = string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Text));
            var next = end + 1 < words.Count && words[end + 1].Gap is " " or ", " ? words[end + 1].Text : null;
            var candidate = Classify(span, words[start], words[end], end - start + 1, titled, next);
            if (candidate is not { } c)
            {
                continue;
            }

            var length = words[end].End - words[start].Offset;
            found.Add(new EntityCandidate(words[start].Offset, length, c.Category, null, c.Confidence, ContextPriority));
            if (c.Category == Person && end > start)
            {
                surnames.Add(words[end].Text);
            }
        }

        // "Smith said" after "Mayor John Smith": same person.
        foreach (var word in words)
        {
            if (surnames.Contains(word.Text))
            {
                found.Add(new EntityCandidate(word.Offset, word.Text.Length, Person, null, 0.7, TaggerPriority));
            }
        }

        return found;
    }

    private (string Category, double Confidence)? Classify(string span, EnglishWord first, EnglishWord last, int wordCount, bool titled, string? next)
    {
        if (lexicon.Locations.Contains(span))
        {
            return (Location, 0.9);
        }

        // "Harvard University", or "Ministry of Transport" / "Bank of China" with the head first.
        if (lexicon.Organizations.Contains(span) || (wordCount > 1 && lexicon.OrganizationSuffixes.Contains(last.Text))
            || (span.Contains(" of ", StringComparison.Ordinal) && lexicon.OrganizationSuffixes.Contains(first.Text)))
        {
            return (Organization, 0.85);
        }

        if (wordCount > 1 && lexicon.LocationSuffixes.Contains(last.Text))
        {
            return (Location, 0.8);
        }

        if (titled && wordCount <= 3)
        {
            return (Person, 0.9);
        }

        if (wordCount is >= 2 and <= 3 && next is not null && SpeechVerbs.Contains(next))
        {
            return (Person, 0.85);
        }

        if (wordCount == 1 && span.Length is >= 2 and <= 6 && span.All(c => char.IsUpper(c) || c == '&'))
        {
            return (Organization, 0.6);
        }

        if (wordCount is >= 2 and <= 3 && !first.StartsSentence && span.Split(' ').All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower)))
        {
            return (Person, 0.55);
        }

        return null;
    }

    private int SpanEnd(IReadOnlyList<EnglishWord> words, int start)
    {
        var end = start;
        for (var j = start + 1; j < words.Count && words[j].Gap == " "; j++)
        {
            if (IsNameWord(words[j]))
            {
                end = j;
            }
            else if (!Connectors.Contains(words[j].Text) || j + 1 >= words.Count || words[j + 1].Gap != " " || !IsNameWord(words[j + 1]))
            {
                break;
            }
        }

        return end;
    }

    private static bool IsNameWord(EnglishWord word) => word.IsCapitalized && !word.Text.All(char.IsDigit);
}
