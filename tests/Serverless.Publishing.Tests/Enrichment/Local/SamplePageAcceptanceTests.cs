using Serverless.Publishing.Enrichment;
using Serverless.Testing;
using Xunit.Abstractions;

namespace Serverless.Publishing.Tests.Enrichment.Local;

/// <summary>Issue 4's offline acceptance on the sample page, with article texts built from its truth file.</summary>
[Collection(LocalAnalyzerCollection.Name)]
public sealed class SamplePageAcceptanceTests(LocalAnalyzerFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// People named in each article, read off the page by hand: reporters in bylines, officials, interviewees.
    /// Body names are counted in the body; names printed only in attribution lines (杨哲, 本报记者 杨帆 摄) in those lines.
    /// </summary>
    private static readonly Dictionary<int, (string[] Body, string[] Notes)> PeopleByArticle = new()
    {
        [1] = (["郭树勋", "吕沛", "刘春明", "许海玲", "申晓东", "万英奎", "侯建华", "赵俊生", "习近平"], []),
        [2] = ([], ["杨哲"]),
        [3] = ([], ["陈振阳"]),
        [4] = ([], ["郭树勋", "郑晓东"]),
        [5] = (["付凯明", "胡友峰", "吕沛"], []),
        [6] = (["付凯明", "吕沛", "刘春明", "冯利民", "许海玲", "姜坤峰", "赵俊峰", "赵俊生"], []),
        [7] = (["付凯明", "李想"], []),
        [8] = (["朱晓琳", "李前进"], []),
        [9] = (["付凯明", "吕沛", "万英奎", "赵俊生", "习近平"], []),
        [10] = (["郭树勋", "高鸿", "李振峰", "刘亚"], []),
        [11] = (["付凯明"], []),
        [12] = (["付凯明", "杨鹏程"], []),
        [13] = ([], ["杨帆"]),
        [14] = ([], ["翟鹏程"]),
    };

    private static readonly Lazy<IReadOnlyList<SamplePageArticles.Article>> Articles = new(() =>
    {
        var page = TestPaths.SamplePage;
        return SamplePageArticles.Load(page, Path.ChangeExtension(page, ".truth.json"));
    });

    private IReadOnlyList<(SamplePageArticles.Article Article, TextAnalysis Body, TextAnalysis Notes)> Analyze()
    {
        var bodies = fixture.Analyzer.AnalyzeAsync(Articles.Value.Select(a => new AnalysisDocument($"{a.Ordinal}", a.Body, "hash", a.Title)).ToList(), CancellationToken.None).GetAwaiter().GetResult();
        var notes = fixture.Analyzer.AnalyzeAsync(Articles.Value.Select(a => new AnalysisDocument($"{a.Ordinal}", string.Join('\n', a.Notes), "hash")).ToList(), CancellationToken.None).GetAwaiter().GetResult();
        return Articles.Value.Select((a, i) => (a, bodies[i], notes[i])).ToList();
    }

    [Fact]
    public void The_page_has_the_fourteen_articles_of_its_truth_file()
    {
        Assert.Equal(14, Articles.Value.Count);
        Assert.StartsWith("本报讯（记者郭树勋）4月18日上午，示范区", Articles.Value[0].Body);
        Assert.EndsWith("完成产值约2210万元。", Articles.Value[3].Body);
    }

    [Fact]
    public void Every_article_is_simplified_Chinese()
    {
        Assert.All(Analyze(), a => Assert.Equal("zh-Hans", a.Body.Language));
    }

    [Fact]
    public void At_least_90_percent_of_the_people_named_are_persons_and_fewer_than_10_percent_of_persons_are_not_people()
    {
        var everyone = PeopleByArticle.Values.SelectMany(p => p.Body.Concat(p.Notes)).ToHashSet();
        int named = 0, found = 0, persons = 0, wrong = 0;
        var missed = new List<string>();
        var notPeople = new List<string>();
        foreach (var (article, body, notes) in Analyze())
        {
            foreach (var (expected, analysis) in new[] { (PeopleByArticle[article.Ordinal].Body, body), (PeopleByArticle[article.Ordinal].Notes, notes) })
            {
                var personTexts = analysis.Entities.Where(e => e.Category == "Person").Select(e => e.Text).ToList();
                named += expected.Length;
                found += expected.Count(personTexts.Contains);
                missed.AddRange(expected.Where(n => !personTexts.Contains(n)).Select(n => $"{article.Ordinal}:{n}"));
                persons += personTexts.Count;
                wrong += personTexts.Count(p => !everyone.Contains(p));
                notPeople.AddRange(personTexts.Where(p => !everyone.Contains(p)).Select(p => $"{article.Ordinal}:{p}"));
            }
        }

        output.WriteLine($"Person recall {found}/{named}, persons that are not people {wrong}/{persons}; missed: {string.Join(" ", missed)}; not people: {string.Join(" ", notPeople)}");
        Assert.Equal(26, everyone.Count);
        Assert.True(found >= 0.9 * named, $"recall {found}/{named}; missed {string.Join(" ", missed)}");
        Assert.True(wrong < 0.1 * persons, $"{wrong} of {persons} persons are not people: {string.Join(" ", notPeople)}");
    }

    [Theory]
    [InlineData("焦作")]
    [InlineData("平顶山")]
    [InlineData("威海")]
    public void Cities_are_locations(string city)
    {
        Assert.Contains(Analyze(), a => a.Body.Entities.Any(e => e.Text == city && e.Category == "Location"));
    }

    [Fact]
    public void Offices_and_titles_are_never_people()
    {
        var persons = Analyze().SelectMany(a => a.Body.Entities.Concat(a.Notes.Entities)).Where(e => e.Category == "Person").Select(e => e.Text).ToList();
        Assert.DoesNotContain(persons, p => p.Contains("管委会") || p.Contains("党工委") || p.Contains("高新区") || p.Contains("示范区") || p.Contains("书记") || p.Contains("局长"));
    }

    [Fact]
    public void Each_article_has_5_to_10_key_phrases_none_a_stop_word_or_a_single_character()
    {
        Assert.All(Analyze(), a =>
        {
            Assert.InRange(a.Body.KeyPhrases.Count, 5, 10);
            Assert.All(a.Body.KeyPhrases, phrase =>
            {
                Assert.True(phrase.Length > 1, $"single character '{phrase}'");
                Assert.DoesNotContain(phrase, fixture.ChineseStopWords);
                Assert.Contains(phrase, a.Article.Body);
            });
            Assert.Equal(a.Body.KeyPhrases.Count, a.Body.KeyPhrases.Distinct().Count());
        });
    }

    [Fact]
    public void Entity_offsets_are_utf16_positions_in_the_article_text()
    {
        Assert.All(Analyze(), a => EntityAssertions.OffsetsPointAtText(a.Article.Body, a.Body.Entities));
    }

    [Fact]
    public void Summaries_are_two_or_three_sentences_of_the_article_in_page_order()
    {
        Assert.All(Analyze(), a =>
        {
            Assert.InRange(a.Body.Summary.Count, 2, 3);
            var positions = a.Body.Summary.Select(s => a.Article.Body.IndexOf(s, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, positions);
            Assert.Equal(positions.Order(), positions);
        });
    }

    [Fact]
    public void Dates_and_amounts_of_the_page_are_found()
    {
        var entities = Analyze().SelectMany(a => a.Body.Entities).ToList();
        Assert.Contains(entities, e => e is { Text: "4月18日上午", Category: "DateTime", Subcategory: "Date" });
        Assert.Contains(entities, e => e is { Text: "约2210万元", Category: "Quantity", Subcategory: "Currency" });
        Assert.Contains(entities, e => e is { Text: "1368名", Category: "Quantity", Subcategory: "Number" });
        Assert.Contains(entities, e => e is { Text: "39%", Category: "Quantity", Subcategory: "Percentage" });
    }
}
