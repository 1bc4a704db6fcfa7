using System.Text.Json;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Pdf;
using Serverless.Publishing.Pdf.Articles;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Tests.Corpus;
using Serverless.Scoring;
using Serverless.Testing;
using UglyToad.PdfPig.Writer;

namespace Serverless.Publishing.Tests.Pdf;

/// <summary>
/// Committed Chromium-printed fixture pages (tools/pdfcorpus, dev split) split by their layout and scored with
/// the C# scorer (Serverless.Scoring) against the truth made on their pdftotext text; the full corpus is scored by tools/pdfcorpus/score.sh.
/// </summary>
public sealed class PdfFixtureScoreTests
{
    private static readonly PageArticleSplitter Splitter =
        new(new PageSplitter(), new LayoutSplitter(), Options.Create(new PdfOptions()), Options.Create(new IngestOptions()));

    [Theory]
    [InlineData("pdf-zh-fixture", 3)]
    [InlineData("pdf-en-fixture", 2)]
    public async Task A_printed_page_splits_by_its_layout(string name, int exact)
    {
        var articles = Split(await File.ReadAllBytesAsync(TestPdfs.Fixture(name + ".pdf")), name + ".pdf");
        var prediction = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(prediction, JsonSerializer.Serialize(articles, ArticleJson.Options));
        try
        {
            var score = PageScorer.ScoreFiles(TestPdfs.Fixture(name + ".txt"), TestPdfs.Fixture(name + ".truth.json"), prediction).Score;
            Assert.True(score.ArticlesExact >= exact, $"{name}: {score.ArticlesExact}/{score.ArticlesTruth} exact");
            Assert.True(score.CharF1 >= 0.99, $"{name}: char_f1 {score.CharF1}");
            Assert.Equal(0, score.CjkSpaceDefects);
        }
        finally
        {
            File.Delete(prediction);
        }
    }

    [Fact]
    public void A_four_page_pdf_yields_the_articles_of_four_pages()
    {
        var zh = File.ReadAllBytes(TestPdfs.Fixture("pdf-zh-fixture.pdf"));
        var en = File.ReadAllBytes(TestPdfs.Fixture("pdf-en-fixture.pdf"));
        var single = Split(zh, "zh.pdf").Count + Split(en, "en.pdf").Count;
        var four = PdfMerger.Merge(new[] { zh, en, zh, en });

        var articles = Split(four, "four.pdf");
        Assert.Equal(2 * single, articles.Count);
        Assert.Equal([1, 2, 3, 4], articles.Select(a => a.Page.PageNumber!.Value).Distinct());
        Assert.Equal(
            articles.Where(a => a.Page.PageNumber == 1).Select(a => a.Title),
            articles.Where(a => a.Page.PageNumber == 3).Select(a => a.Title));
        Assert.Equal(articles.Select(a => a.Id), Split(four, "four.pdf").Select(a => a.Id));
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
    }

    private static IReadOnlyList<Article> Split(byte[] pdf, string name) =>
        Splitter.Split(PageOrigin.Resolve(name, new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, "test"), new PageReader().Read(pdf));
}
