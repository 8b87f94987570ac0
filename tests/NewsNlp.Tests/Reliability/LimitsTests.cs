using System.Diagnostics;
using System.Text;
using NewsNlp.Text;
using Xunit.Abstractions;

namespace NewsNlp.Tests.Reliability;

/// <summary>The size limit is enforced before any work, and work per article stays linear.</summary>
public sealed class LimitsTests(ITestOutputHelper output)
{
    private const string Sentence = "At least 12 people were killed in Pakistan on Tuesday when Iranian missiles hit a village, President Joe Biden said. ";

    [Fact]
    public void Extract_TextOverMaxTextLength_ThrowsArticleTooLongWithLengthAndLimit()
    {
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions { MaxTextLength = 100 });
        string text = new('a', 101);

        Action act = () => extractor.Extract(text);

        act.Should().Throw<ArticleTooLongException>()
            .Which.Should().Match<ArticleTooLongException>(e => e.Length == 101 && e.Limit == 100 && e.Message == Messages.ArticleTooLong(101, 100));
    }

    [Fact]
    public void Extract_TextExactlyMaxTextLength_Accepted()
    {
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions { MaxTextLength = 100 });
        string text = new('a', 100);

        extractor.Extract(text).Should().NotBeNull();
    }

    [Fact]
    public void Extract_DefaultLimitExceeded_RefusedBeforeAnyWork()
    {
        // 4,000,001 characters of sentences would take seconds to analyse; the refusal must be immediate.
        var builder = new StringBuilder(NewsExtractorOptions.DefaultMaxTextLength + Sentence.Length);
        while (builder.Length <= NewsExtractorOptions.DefaultMaxTextLength)
        {
            builder.Append(Sentence);
        }

        string text = builder.ToString();
        var watch = Stopwatch.StartNew();
        Action act = () => NewsExtractor.Create().Extract(text);
        act.Should().Throw<ArticleTooLongException>().Which.Limit.Should().Be(NewsExtractorOptions.DefaultMaxTextLength);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromMilliseconds(500));
    }

    [Theory]
    [InlineData(0)] // zero allows nothing: a configuration mistake
    [InlineData(-1)] // negative is meaningless
    public void Create_NonPositiveMaxTextLength_Throws(int limit)
    {
        Action act = () => NewsExtractor.Create(new NewsExtractorOptions { MaxTextLength = limit });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Extract_NullText_ThrowsArgumentNull()
    {
        Action act = () => NewsExtractor.Create().Extract(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Extract_TenMegabytesOfOneRepeatedSentence_FinishesInBoundedTime()
    {
        int length = 10 * 1024 * 1024;
        string text = Repeat(Sentence, length);
        NewsExtractor extractor = NewsExtractor.Create(new NewsExtractorOptions { MaxTextLength = 16 * 1024 * 1024 });

        var watch = Stopwatch.StartNew();
        ArticleRecord record = extractor.Extract(text, new ArticleContext { Published = new DateOnly(2024, 1, 19) });
        watch.Stop();

        output.WriteLine($"10 MB ({text.Length:N0} chars, {text.Length / Sentence.Length:N0} sentences): {watch.Elapsed.TotalSeconds:F2} s; " +
            $"{record.Countries.Length} countries, {record.People.Length} people, {record.Casualties.Length} casualties, {record.Dates.Length} dates, {record.Events.Length} events");
        // 60 s for an optimized (Release, as in CI) library; a Debug build runs the JIT without
        // optimizations, about four times slower, and is held to four times the bound.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(LibraryIsOptimized ? 60 : 240));
        RecordInvariants.Violations(text, record).Should().BeEmpty();
    }

    private static bool LibraryIsOptimized =>
        typeof(NewsExtractor).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            is not [System.Diagnostics.DebuggableAttribute { IsJITOptimizerDisabled: true }];

    [Theory]
    [InlineData("x", 1_000_000)] // one token a million characters long
    [InlineData("Iran", 250_000)] // a country name glued to itself a quarter of a million times
    [InlineData("9", 1_000_000)] // a million-digit number
    [InlineData("Iran ", 200_000)] // one line of 200,000 country mentions
    [InlineData("killed 12 ", 100_000)] // one line of 100,000 casualty phrases with no sentence end
    [InlineData("Mr. ", 200_000)] // abbreviations that never end a sentence
    [InlineData("(", 500_000)] // half a million open brackets: nothing may recurse on nesting
    [InlineData("\"", 500_000)] // half a million quotes
    [InlineData("\uD800", 500_000)] // half a million lone surrogates
    [InlineData("\u0301", 500_000)] // half a million combining marks
    [InlineData("\n", 1_000_000)] // a million empty lines
    [InlineData("A\n", 500_000)] // half a million one-letter headlines
    [InlineData("Gunmen attack Baghdad\n", 50_000)] // fifty thousand headline lines, no prose: every line's trigger asks whether the item is headlines only
    [InlineData("-", 1_000_000)] // a million hyphens
    [InlineData("U.S.", 250_000)] // an abbreviation run together a quarter of a million times
    public void Extract_OneLongRun_LinearTimeAndSoundRecord(string unit, int count)
    {
        string text = Repeat(unit, unit.Length * count);
        var watch = Stopwatch.StartNew();
        ArticleRecord record = NewsExtractor.Create().Extract(text, new ArticleContext { Published = new DateOnly(2024, 1, 19) });
        watch.Stop();

        output.WriteLine($"{text.Length:N0} chars: {watch.Elapsed.TotalMilliseconds:F0} ms");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a quadratic loop would take minutes here");
        RecordInvariants.Violations(text, record).Should().BeEmpty();
    }

    [Theory]
    [InlineData("killed 12 ", 5_000)] // casualty phrases with no full stop: one endless "sentence"
    [InlineData("12 ", 2_000)] // a list of numbers
    public void Split_NoSentenceEnd_CutIntoBoundedSentences(string unit, int count)
    {
        string text = Repeat(unit, unit.Length * count);
        Document document = Document.Analyze(text, new ArticleContext());

        document.Sentences.Should().OnlyContain(s => s.TokenCount <= SentenceSplitter.MaxSentenceTokens);
        document.Sentences.Length.Should().BeGreaterThan(1);
        RecordInvariants.TextStageViolations(text).Should().BeEmpty();
    }

    [Fact]
    public void Analyze_DoublingTheInput_RoughlyDoublesTheTime()
    {
        // Doubling a linear workload should not quadruple its time; allow generous noise.
        string small = Repeat(Sentence, 1_000_000);
        string large = Repeat(Sentence, 4_000_000);
        Document.Analyze(small, new ArticleContext());
        double smallMs = Time(() => Document.Analyze(small, new ArticleContext()));
        double largeMs = Time(() => Document.Analyze(large, new ArticleContext()));
        output.WriteLine($"1M chars: {smallMs:F0} ms, 4M chars: {largeMs:F0} ms");
        largeMs.Should().BeLessThan(Math.Max(smallMs, 20) * 12, "4x the text must not take 16x the time");
    }

    private static double Time(Action action)
    {
        // The best of five runs: on a shared two-core machine one run in two can lose a whole time slice to another process,
        // which is noise in the machine, not in the code's growth.
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length + unit.Length <= length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
