using CsCheck;
using NewsNlp.Text;

namespace NewsNlp.Tests.Reliability;

/// <summary>
/// Invariants of <see cref="NewsExtractor.Extract(string, ArticleContext?)"/> over arbitrary and
/// hostile strings. CI checks a few thousand inputs; set <c>NEWSNLP_LONG_PROPERTIES=100000</c> for
/// the long run (see docs/reliability.md).
/// </summary>
public sealed class ExtractPropertyTests
{
    private static readonly ArticleContext Context = new() { Id = "fuzz", Published = new DateOnly(2024, 1, 19) };

    [Fact]
    public void Extract_HostileText_NeverThrowsAndEveryOffsetSlicesTheInput()
    {
        NewsExtractor extractor = NewsExtractor.Create();
        HostileText.Article.Sample(text =>
        {
            ArticleRecord record = extractor.Extract(text, Context);
            List<string> errors = RecordInvariants.Violations(text, record);
            errors.Should().BeEmpty("input \"{0}\"", HostileText.Escape(text));
            RecordJson.Serialize(record).Should().NotBeNullOrEmpty();
        }, iter: HostileText.Iterations(1500));
    }

    [Fact]
    public void Extract_HostileTextWithoutPublicationDate_NeverThrowsAndEveryOffsetSlicesTheInput()
    {
        NewsExtractor extractor = NewsExtractor.Create();
        HostileText.Article.Sample(text =>
        {
            ArticleRecord record = extractor.Extract(text);
            RecordInvariants.Violations(text, record).Should().BeEmpty("input \"{0}\"", HostileText.Escape(text));
        }, iter: HostileText.Iterations(500));
    }

    [Fact]
    public void Analyze_HostileText_TokensAndSentencesCoverTheTextInOrder()
    {
        HostileText.Article.Sample(text =>
        {
            RecordInvariants.TextStageViolations(text).Should().BeEmpty("input \"{0}\"", HostileText.Escape(text));
        }, iter: HostileText.Iterations(3000));
    }

    [Fact]
    public void Extract_SameTextTwiceAndOnAnotherInstance_IdenticalJson()
    {
        NewsExtractor first = NewsExtractor.Create();
        NewsExtractor second = NewsExtractor.Create(new NewsExtractorOptions { MaxTextLength = int.MaxValue });
        second.Should().NotBeSameAs(first);
        HostileText.Article.Sample(text =>
        {
            string a = RecordJson.Serialize(first.Extract(text, Context));
            string b = RecordJson.Serialize(first.Extract(text, Context));
            string c = RecordJson.Serialize(second.Extract(text, Context));
            b.Should().Be(a, "input \"{0}\"", HostileText.Escape(text));
            c.Should().Be(a, "input \"{0}\"", HostileText.Escape(text));
        }, iter: HostileText.Iterations(500));
    }

    [Fact]
    public void Extract_ModelArticleWithHostileInsertions_OffsetsStillSliceTheInput()
    {
        // Real prose with debris spliced in at random places: extractors fire, offsets must follow the shifts.
        string article = Infrastructure.ModelArticle.Text;
        NewsExtractor extractor = NewsExtractor.Create();
        Gen.Select(Gen.Int[0, article.Length], HostileText.Fragment, Gen.Int[0, article.Length], HostileText.Fragment)
            .Sample((p1, f1, p2, f2) =>
            {
                (int lo, int hi) = p1 <= p2 ? (p1, p2) : (p2, p1);
                string text = article[..lo] + f1 + article[lo..hi] + f2 + article[hi..];
                ArticleRecord record = extractor.Extract(text, Context);
                RecordInvariants.Violations(text, record).Should().BeEmpty("insertions \"{0}\" at {1} and \"{2}\" at {3}", HostileText.Escape(f1), lo, HostileText.Escape(f2), hi);
            }, iter: HostileText.Iterations(200, longDivisor: 20));
    }

    [Fact]
    public void Extract_EveryPrefixCutAtAWord_SoundRecord()
    {
        // Agency leads and feeds of titles stop mid-sentence, with no final stop: every stage must read to the last token and
        // no further ("... plan to create migrant holding" once ran a count reader past the end of the text).
        string[] texts =
        [
            "Police said gunmen were holding 12 hostages after they seized 3 buses and detained 40 workers; 2 were killed, 5 wounded, 7 missing.",
            "Rebels kill dozens in Indian unrest as Israeli Army Kills 5 Palestinians in Gaza, Car Bomb Kills 11 in Baghdad.",
            "Pakistan and Iran agreed on Friday to de-escalate after strikes on January 16 and 18 killed 11, officials said.",
            Infrastructure.ModelArticle.Text[..1500],
        ];
        NewsExtractor extractor = NewsExtractor.Create();
        foreach (string text in texts)
        {
            for (int cut = text.IndexOf(' ', StringComparison.Ordinal); cut > 0; cut = text.IndexOf(' ', cut + 1))
            {
                string prefix = text[..cut];
                ArticleRecord record = extractor.Extract(prefix, Context);
                RecordInvariants.Violations(prefix, record).Should().BeEmpty("prefix \"{0}\"", prefix);
            }
        }
    }

    [Theory]
    [InlineData("")] // nothing at all
    [InlineData("\0")] // a lone NUL
    [InlineData("\uD800")] // a lone high surrogate
    [InlineData("\uDC00Iran")] // a lone low surrogate glued to a country
    [InlineData("Iran\uD800")] // a country followed by a dangling high surrogate
    [InlineData("\u0301\u0301\u0301")] // combining marks with nothing to combine with
    [InlineData("\u200B\u200B\u200B")] // only zero-width spaces
    [InlineData("\u202EPakistan\u202C killed 12")] // right-to-left override around a country
    [InlineData("At least 12 people were killed in Pakistan on Tuesday.\0")] // a sentence ending in NUL
    [InlineData("U.S.U.S.U.S.U.S.U.S.")] // abbreviations run together
    [InlineData("....................")] // only full stops
    [InlineData("\"\"\"\"\"\u201C\u201C\u201D")] // only quotes
    public void Extract_EdgeCase_SoundRecord(string text)
    {
        ArticleRecord record = NewsExtractor.Create().Extract(text, Context);
        RecordInvariants.Violations(text, record).Should().BeEmpty();
        RecordInvariants.TextStageViolations(text).Should().BeEmpty();
        Tokenizer.Tokenize(text).Should().NotBeNull();
    }
}
