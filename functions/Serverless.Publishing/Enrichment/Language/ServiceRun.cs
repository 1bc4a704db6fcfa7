using Serverless.Publishing.Articles;

namespace Serverless.Publishing.Enrichment.Language;

/// <summary>
/// One batch through the service: language from each document's first sentences, then a summary job and the synchronous
/// features on every part (documents over 5,120 text elements are split), merged back per document.
/// A document with an error in any feature is left to the fallback, so one result never mixes providers.
/// </summary>
internal sealed class ServiceRun(LanguageClient client, LanguageOptions options, IReadOnlyList<AnalysisDocument> documents, IReadOnlyList<int> indices)
{
    private const int DetectionSampleTextElements = 1_000;

    private readonly Dictionary<int, IReadOnlyList<TextPart>> parts = indices.ToDictionary(i => i, i => TextParts.Split(documents[i].Text));
    private readonly Dictionary<int, string> languages = [];
    private readonly Dictionary<int, string> failures = [];

    public Dictionary<int, TextAnalysis> Results { get; } = [];

    public IReadOnlyDictionary<int, string> Failures => failures;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        // The first sentences tell the language; up to 1,000 characters bill as one text record.
        var detection = await client.DetectLanguageAsync(
            indices.Select(i => new TextDocumentInput(DocumentId(i), TextParts.Split(parts[i][0].Text, DetectionSampleTextElements)[0].Text)).ToList(),
            options.ModelVersion, cancellationToken);
        foreach (var document in detection.Documents)
        {
            if (IndexOf(document.Id) is not { } index)
            {
                continue;
            }

            var language = LanguageCodes.ToBcp47(document.DetectedLanguage);
            if (language == LanguageCodes.Undetermined)
            {
                failures[index] = "language undetermined";
            }
            else
            {
                languages.TryAdd(index, language);
            }
        }

        Fail(detection.Errors);
        var live = indices.Where(i => languages.ContainsKey(i) && !failures.ContainsKey(i)).ToList();
        if (live.Count == 0)
        {
            return;
        }

        // Submitted first so that the job runs while the synchronous features are answered.
        var summaries = await client.StartSummarizeAsync(
            live.Select(i => new TextDocumentInput(DocumentId(i), SummaryText(documents[i].Text), languages[i])).ToList(),
            new SummarizeOptions(options.ModelVersion, options.SummarySentenceCount, options.AbstractiveSummary), cancellationToken);

        var inputs = live.SelectMany(i => parts[i].Select((part, j) => new TextDocumentInput(PartId(i, j), part.Text, languages[i]))).ToList();
        var keyPhrases = client.ExtractKeyPhrasesAsync(inputs, options.ModelVersion, cancellationToken);
        var entities = client.RecognizeEntitiesAsync(inputs, options.ModelVersion, cancellationToken);
        var sentiment = client.AnalyzeSentimentAsync(inputs, options.ModelVersion, cancellationToken);
        var summary = summaries.WaitForCompletionAsync(cancellationToken);
        await Task.WhenAll(keyPhrases, entities, sentiment, summary);

        Fail(keyPhrases.Result.Errors);
        Fail(entities.Result.Errors);
        Fail(sentiment.Result.Errors);
        Fail(summary.Result.Extractive?.Errors ?? []);
        Fail(summary.Result.Abstractive?.Errors ?? []);

        var phrasesByPart = ById(keyPhrases.Result.Documents);
        var entitiesByPart = ById(entities.Result.Documents);
        var sentimentByPart = ById(sentiment.Result.Documents);
        var summaryByDocument = SummaryTexts(summary.Result);
        var modelVersion = ModelVersion(detection.ModelVersion, keyPhrases.Result.ModelVersion, entities.Result.ModelVersion, sentiment.Result.ModelVersion,
            summary.Result.Extractive?.ModelVersion ?? summary.Result.Abstractive?.ModelVersion ?? "");

        foreach (var i in live.Where(i => !failures.ContainsKey(i)))
        {
            var ids = Enumerable.Range(0, parts[i].Count).Select(j => PartId(i, j)).ToList();
            if (!ids.All(phrasesByPart.ContainsKey) || !ids.All(entitiesByPart.ContainsKey) || !ids.All(sentimentByPart.ContainsKey)
                || !summaryByDocument.TryGetValue(DocumentId(i), out var summaryText))
            {
                failures[i] = "a result is missing from the response";
                continue;
            }

            Results[i] = new TextAnalysis(
                languages[i],
                ids.SelectMany(id => phrasesByPart[id].KeyPhrases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                ids.SelectMany((id, j) => entitiesByPart[id].Entities.Select(e => ToEntity(e, parts[i][j].Offset))).OrderBy(e => e.Offset).ToList(),
                SentimentMerge.Merge(ids.Select((id, j) => (sentimentByPart[id], parts[i][j].Text.Length)).ToList()),
                summaryText,
                new AnalysisInfo(AzureLanguageAnalyzer.Provider, modelVersion));
        }
    }

    private void Fail(IEnumerable<DocumentError> errors)
    {
        foreach (var error in errors)
        {
            if (IndexOf(error.Id) is { } index)
            {
                failures.TryAdd(index, error.Error.ToString());
            }
        }
    }

    /// <summary>Results by id; a repeated id (never documented) keeps its first result rather than failing the batch.</summary>
    private static Dictionary<string, T> ById<T>(IEnumerable<T> documents) where T : IDocumentResult
    {
        var byId = new Dictionary<string, T>();
        foreach (var document in documents)
        {
            byId.TryAdd(document.Id, document);
        }

        return byId;
    }

    private static Dictionary<string, IReadOnlyList<string>> SummaryTexts(SummarizationResults results) => results.Abstractive is { } abstractive
        ? ById(abstractive.Documents).ToDictionary(d => d.Key, d => (IReadOnlyList<string>)d.Value.Summaries.Select(s => s.Text).ToList())
        : ById(results.Extractive?.Documents ?? []).ToDictionary(d => d.Key, d => (IReadOnlyList<string>)d.Value.Sentences.OrderBy(s => s.Offset).Select(s => s.Text).ToList());

    private static Entity ToEntity(CategorizedEntity entity, int partOffset) =>
        new(entity.Text, entity.Category, entity.Subcategory, entity.Offset + partOffset, entity.Length, entity.ConfidenceScore);

    /// <summary>A job takes 125,000 text elements in all; a longer article (never seen in print) is summarised from its start.</summary>
    private static string SummaryText(string text) =>
        text.Length <= LanguageLimits.MaxJobTextElements ? text : TextParts.Split(text, LanguageLimits.MaxJobTextElements)[0].Text;

    /// <summary>One version when every feature reports the same, else each feature's, e.g. "ld=2023-12-01;kp=2022-10-01;...".</summary>
    private static string ModelVersion(string detection, string keyPhrases, string entities, string sentiment, string summary)
    {
        string[] versions = [detection, keyPhrases, entities, sentiment, summary];
        return versions.Distinct().Count() == 1
            ? detection
            : $"ld={detection};kp={keyPhrases};ner={entities};sa={sentiment};sum={summary}";
    }

    private static string DocumentId(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string PartId(int index, int part) => FormattableString.Invariant($"{index}.{part}");

    /// <summary>The batch index in a document or part id; null for an id we did not send.</summary>
    private int? IndexOf(string id) =>
        int.TryParse(id.AsSpan(0, id.IndexOf('.') is var dot and >= 0 ? dot : id.Length), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var index) && parts.ContainsKey(index)
            ? index
            : null;
}
