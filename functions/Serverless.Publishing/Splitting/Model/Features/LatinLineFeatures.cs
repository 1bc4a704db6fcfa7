using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>Latin evidence: letter case, words, hyphens, OCR noise and the English headline and byline recognisers.</summary>
public sealed class LatinLineFeatures : ILineFeatureSource
{
    private static readonly uint Caps = FeatureHash.Template("en-caps");
    private static readonly uint TitleCase = FeatureHash.Template("en-title-case");
    private static readonly uint FirstWord = FeatureHash.Template("en-first-word");
    private static readonly uint LastWord = FeatureHash.Template("en-last-word");
    private static readonly uint Words = FeatureHash.Template("en-words");
    private static readonly uint Hyphen = FeatureHash.Template("en-hyphen");
    private static readonly uint Noise = FeatureHash.Template("en-noise");
    private static readonly uint Lower = FeatureHash.Template("en-lower");
    private static readonly uint Recogniser = FeatureHash.Template("en-rule");

    private static readonly double[] ShareBounds = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95];
    private static readonly double[] WordBounds = [1, 2, 3, 4, 6, 8, 11];

    public void Add(PageContext page, FeatureSink[] sinks)
    {
        for (var k = 0; k < page.Count; k++)
        {
            var sink = sinks[k];
            var text = page.Clean(k);
            if (text.Length == 0)
            {
                continue;
            }

            var letters = 0;
            var upper = 0;
            var other = 0;
            foreach (var c in text)
            {
                letters += char.IsLetter(c) ? 1 : 0;
                upper += char.IsUpper(c) ? 1 : 0;
                other += !char.IsLetterOrDigit(c) && c != ' ' && c is not ('.' or ',' or '\'' or '"' or '-') ? 1 : 0;
            }

            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var capitalised = words.Count(w => char.IsUpper(w[0]));
            sink.Add(Caps, letters == 0 ? 9 : FeatureHash.Bucket(upper / (double)letters, ShareBounds), true);
            sink.Add(TitleCase, words.Length == 0 ? 9 : FeatureHash.Bucket(capitalised / (double)words.Length, ShareBounds), true);
            sink.Add(Words, FeatureHash.Bucket(words.Length, WordBounds), true);
            sink.Add(Lower, char.IsLower(text[0]), true);
            sink.Add(Hyphen, text[^1] == '-' && text.Length > 1 && char.IsLetter(text[^2]), true);
            sink.Add(Noise, FeatureHash.Bucket(other / (double)text.Length, ShareBounds));
            if (words.Length > 0)
            {
                sink.Add(FirstWord, (int)FeatureHash.Template(words[0].ToLowerInvariant()));
                sink.Add(LastWord, (int)FeatureHash.Template(words[^1].ToLowerInvariant()));
            }

            var rules = (LineRules.IsLatinHeadlineLike(text) ? 1 : 0) | (LineRules.IsLatinCaps(text) ? 2 : 0)
                | (LineRules.IsLatinKicker(text) ? 4 : 0) | (DatelineRules.IsLatinByline(text) ? 8 : 0)
                | (LineRules.IsSignature(text) ? 16 : 0) | (LineRules.IsTagline(text) ? 32 : 0)
                | (LineRules.IsBioStart(text) ? 64 : 0) | (LineRules.IsHeadlineSum(text) ? 128 : 0)
                | (CharClass.EndsSentence(text) ? 256 : 0);
            sink.Add(Recogniser, rules, true);
        }
    }
}
