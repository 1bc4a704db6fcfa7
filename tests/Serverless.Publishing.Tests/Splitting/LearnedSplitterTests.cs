using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serverless.Publishing.Articles;
using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Ingest;
using Serverless.Publishing.Splitting;
using Serverless.Publishing.Splitting.Model;
using Serverless.Publishing.Splitting.Model.Features;
using Serverless.Publishing.Stages;
using Serverless.Publishing.Tests.Corpus;
using Serverless.Scoring;

namespace Serverless.Publishing.Tests.Splitting;

/// <summary>
/// The committed model: it loads, it scores at least a floor on a small committed sample (a few corpus pages of
/// both scripts), and with learned decisions a page with text never yields nothing and never throws.
/// </summary>
public sealed class LearnedSplitterTests
{
    /// <summary>
    /// The first committed model got 12/32 on this sample (the rules 32/32: these are the pages the rules were written
    /// for); the floor catches a model that no longer loads its features right. Raise it with a better model.
    /// </summary>
    private const double SampleExactFloor = 0.30;

    private static readonly string[] Sample =
        ["zh-mixed.txt", "zh-no-breaks.txt", "zh-headlines-after.txt", "pdf-zh-columns.txt", "en-ocr-noblank.txt", "en-front-page.txt"];

    private readonly PageSplitter splitter = new(
        Options.Create(new SplittingOptions { Decisions = SplitDecisions.Learned }), NullLogger<PageSplitter>.Instance);

    [Fact]
    public void The_embedded_model_loads()
    {
        var model = SplitterModel.Default;

        Assert.NotNull(model);
        Assert.Equal(21, model.HashBits);
        Assert.Contains(model.WeightedBuckets(), b => model.Weight(b, LineTag.BodyStart) != 0);
    }

    [Fact]
    [Trait("Category", "SplitQuality")]
    public async Task The_sample_scores_at_least_the_floor()
    {
        var work = Directory.CreateTempSubdirectory("model-sample-");
        try
        {
            int truth = 0, exact = 0;
            foreach (var page in Sample.Select(CorpusPage.Named))
            {
                var prediction = Path.Combine(work.FullName, page.Name + ".json");
                var origin = PageOrigin.Resolve(page.Name, new Dictionary<string, string>(), DateTimeOffset.UnixEpoch, "sample");
                var articles = splitter.Split(await File.ReadAllTextAsync(page.PagePath));
                await File.WriteAllTextAsync(prediction, JsonSerializer.Serialize(DraftBuilder.Build(origin, articles), ArticleJson.Options));
                var score = PageScorer.ScoreFiles(page.PagePath, page.TruthPath, prediction).Score;
                truth += score.ArticlesTruth;
                exact += score.ArticlesExact;
                Assert.Equal(0, score.CjkSpaceDefects);
            }

            Assert.True(exact >= truth * SampleExactFloor, string.Create(CultureInfo.InvariantCulture, $"{exact}/{truth} articles exact, floor {SampleExactFloor:P0}"));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_embedded_tagger_reads_each_page_twice_and_gives_the_second_readings_scores()
    {
        var second = SplitterModel.SecondReading;
        var text = TextSanitizer.Sanitize(File.ReadAllText(CorpusPage.Named("zh-mixed.txt").PagePath));
        var page = PageContext.Of(RuleAnalysis.Of(text, new SplittingOptions()));
        var features = LineFeaturePipeline.For(page.Script).Extract(page);

        var tagged = LineTagger.Embedded(1000)!.Tag(page, features);
        var first = new LineTagger(SplitterModel.Default!, 1000).Tag(page, features);

        Assert.NotNull(second);
        Assert.Same(second, tagged.Reader);
        Assert.Equal(second.Emissions(FirstReadingFeatures.Extend(features, first)), tagged.Emissions);
    }

    [Fact]
    public void The_second_reading_sees_the_first_readings_articles()
    {
        var text = TextSanitizer.Sanitize(File.ReadAllText(CorpusPage.Named("zh-headlines-after.txt").PagePath));
        var page = PageContext.Of(RuleAnalysis.Of(text, new SplittingOptions()));
        var features = LineFeaturePipeline.For(page.Script).Extract(page);
        var first = new LineTagger(SplitterModel.Default!).Tag(page, features);
        var otherwise = first with { Tags = [.. first.Tags.Select(_ => LineTag.Body)] };

        var extended = FirstReadingFeatures.Extend(features, first);

        Assert.Equal(features.Count, extended.Count);
        for (var k = 0; k < features.Count; k++)
        {
            Assert.True(extended.Of(k).Length > features.Of(k).Length);
            Assert.True(extended.Of(k)[..features.Of(k).Length].SequenceEqual(features.Of(k)));
        }

        Assert.NotEqual(extended.Values, FirstReadingFeatures.Extend(features, otherwise).Values);
    }

    [Fact]
    public void A_decode_without_a_tag_never_uses_it_and_scores_no_higher()
    {
        var model = SplitterModel.Default!;
        var text = TextSanitizer.Sanitize(File.ReadAllText(CorpusPage.Named("zh-headlines-after.txt").PagePath));
        var page = PageContext.Of(RuleAnalysis.Of(text, new SplittingOptions()));
        var emissions = model.Emissions(LineFeaturePipeline.For(page.Script).Extract(page));

        model.Decode(emissions, null, out var best);
        var tags = model.Decode(emissions, LineTag.HeadPrev, out var oneSided);

        Assert.DoesNotContain(LineTag.HeadPrev, tags);
        Assert.True(oneSided <= best);
    }

    [Fact]
    public void The_gate_keeps_the_rules_split_where_the_model_reads_the_page_as_the_rules_do()
    {
        var text = File.ReadAllText(CorpusPage.Named("zh-headlines-after.txt").PagePath);
        var rules = RuleAnalysis.Of(TextSanitizer.Sanitize(text), new SplittingOptions());
        var gated = new PageSplitter(Options.Create(new SplittingOptions { Decisions = SplitDecisions.Gated }), NullLogger<PageSplitter>.Instance);

        var reading = PageGate.Read(LineTagger.Embedded(1000)!.Tag(rules));

        Assert.Equal(0, reading.Disagree);
        Assert.True(PageGate.KeepsRules(reading, new SplittingOptions().GateMarginPerLine));
        Assert.Equal(SplitSpec.Render(Splitter(SplitDecisions.Rules).Split(text)), SplitSpec.Render(gated.Split(text)));
    }

    [Theory]
    [InlineData("indep-zh-h-before-b.txt", SplitDecisions.Gated, SplitDecisions.Rules)]
    [InlineData("en-front-page.txt", SplitDecisions.Rules, SplitDecisions.Learned)]
    public void By_default_chinese_pages_are_gated_and_latin_pages_split_by_the_rules(string page, SplitDecisions taken, SplitDecisions other)
    {
        var text = File.ReadAllText(CorpusPage.Named(page).PagePath);
        var byDefault = SplitSpec.Render(new PageSplitter().Split(text));

        Assert.Equal(SplitSpec.Render(Splitter(taken).Split(text)), byDefault);
        Assert.NotEqual(SplitSpec.Render(Splitter(other).Split(text)), byDefault); // the page tells the two apart
    }

    private static PageSplitter Splitter(SplitDecisions decisions) =>
        new(Options.Create(new SplittingOptions { Decisions = decisions }), NullLogger<PageSplitter>.Instance);

    [Theory]
    [InlineData(SplitDecisions.Learned)]
    [InlineData(SplitDecisions.Gated)]
    public void Odd_pages_never_yield_nothing_with_any_decisions(SplitDecisions decisions)
    {
        var any = new PageSplitter(Options.Create(new SplittingOptions { Decisions = decisions }), NullLogger<PageSplitter>.Instance);
        foreach (var page in new[] { "只有一行字", "标题一\n\n标题二", "。。。。\n，，，\n”", "ALL CAPS\nMORE CAPS", "➡\n\n本报记者  摄" })
        {
            Assert.NotEmpty(any.Split(page));
        }
    }

    [Theory]
    [InlineData("只有一行字")]
    [InlineData("标题一\n\n标题二\n\n标题三")]
    [InlineData("。。。。\n，，，\n”")]
    [InlineData("1234 5678\n\n9012")]
    [InlineData("lorem ipsum dolor sit amet")]
    [InlineData("ALL CAPS\nMORE CAPS\nEVEN MORE CAPS")]
    [InlineData("By JOHN DOE")]
    [InlineData("本报讯（记者")]
    [InlineData("➡\n\n本报记者  摄")]
    public void A_page_with_text_never_yields_nothing(string page) => Assert.NotEmpty(splitter.Split(page));

    [Fact]
    public void Random_pages_never_throw_and_never_yield_nothing()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var page = new string(Enumerable.Range(0, random.Next(1, 600))
                .Select(_ => random.Next(12) switch
                {
                    0 or 1 => '\n',
                    2 => ' ',
                    3 => "。，“”（）、"[random.Next(7)],
                    4 => (char)random.Next(0x20, 0x7f),
                    _ => (char)random.Next(0x4e00, 0x9fff),
                }).ToArray());

            Assert.NotEmpty(splitter.Split(page));
        }
    }
}

/// <summary>How a tag sequence reads as articles.</summary>
public sealed class ArticleSegmentsSpecs
{
    [Theory]
    [InlineData("H> H> B I I X H> B I", "0 0 0 0 0 0 1 1 1")]
    [InlineData("B I I H< H< B I H<", "0 0 0 0 0 1 1 1")]
    [InlineData("O H> B I O I H> B", "- 0 0 0 - 0 1 1")]
    [InlineData("B I I B I", "0 0 0 1 1")]
    [InlineData("H> B I B I X H< R I H<", "0 0 0 1 1 1 1 0 0 0")]
    [InlineData("H> X B I B I", "0 0 0 0 1 1")]
    [InlineData("B I X B I", "0 0 0 1 1")]
    [InlineData("H> H> X X B I H> B", "0 0 0 0 0 0 1 1")]
    public void Tags_read_as_articles(string tags, string articles)
    {
        var parsed = tags.Split(' ').Select(code => Enum.GetValues<LineTag>().Single(t => t.Code() == code)).ToArray();

        var assigned = ArticleSegments.Assign(parsed);

        Assert.Equal(articles, string.Join(' ', assigned.Select(a => a < 0 ? "-" : a.ToString(CultureInfo.InvariantCulture))));
    }
}
