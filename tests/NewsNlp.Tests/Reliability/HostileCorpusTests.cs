using System.Diagnostics;
using System.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Reliability;

/// <summary>Every file of the hostile corpus (tests/NewsNlp.Tests/Corpus) gives a sound record without exceptions.</summary>
public sealed class HostileCorpusTests
{
    private static readonly ArticleContext Context = new() { Id = "corpus", Published = new DateOnly(2024, 1, 19) };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(CorpusFolder).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(path).Equals("README.md", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }
        }

        return data;
    }

    private static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Fact]
    public void Corpus_Folder_HoldsEveryKindTheIssueNames()
    {
        string[] names = Directory.EnumerateFiles(CorpusFolder).Select(Path.GetFileName).ToArray()!;
        names.Should().Contain(["empty.txt", "whitespace-only.txt", "html-tags-entities.html", "all-caps.txt", "no-punctuation.txt",
            "one-word-per-line.txt", "french.txt", "arabic.txt", "chinese.txt", "mojibake.txt", "numbers-only.txt",
            "thousand-countries.txt", "binary-junk.bin"]);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Extract_CorpusFileAsUtf8_SoundDeterministicRecord(string file)
    {
        string text = File.ReadAllText(Path.Combine(CorpusFolder, file), Encoding.UTF8);
        AssertSound(text);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Extract_CorpusFileAsLatin1_SoundDeterministicRecord(string file)
    {
        // Read with the wrong encoding, as a careless scraper would: every byte becomes a character.
        string text = File.ReadAllText(Path.Combine(CorpusFolder, file), Encoding.Latin1);
        AssertSound(text);
    }

    [Theory]
    [InlineData("empty.txt")] // nothing to find
    [InlineData("whitespace-only.txt")] // nothing to find
    [InlineData("numbers-only.txt")] // numbers are neither people nor countries
    public void Extract_NothingToFind_EmptyEntityLists(string file)
    {
        string text = File.ReadAllText(Path.Combine(CorpusFolder, file), Encoding.UTF8);
        ArticleRecord record = NewsExtractor.Create().Extract(text, Context);
        record.Countries.Should().BeEmpty();
        record.Organizations.Should().BeEmpty();
        record.People.Should().BeEmpty();
        record.Id.Should().Be("corpus");
        record.Published.Should().Be(Context.Published);
    }

    [Fact]
    public void Extract_EmptyText_EveryListEmpty()
    {
        ArticleRecord record = NewsExtractor.Create().Extract("", Context);
        record.Should().BeEquivalentTo(new ArticleRecord { Id = "corpus", Published = Context.Published });
    }

    [Theory]
    [InlineData("thousand-countries.txt")] // 1,000 names separated by commas
    [InlineData("thousand-countries-one-per-line.txt")] // 1,000 names, each a "headline" of its own
    public void Extract_ThousandCountries_OneRecordPerCountryAndBoundedTime(string file)
    {
        string text = File.ReadAllText(Path.Combine(CorpusFolder, file), Encoding.UTF8);
        var watch = Stopwatch.StartNew();
        ArticleRecord record = NewsExtractor.Create().Extract(text, Context);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));

        // One record per country (never one per mention), and no country counted twice.
        record.Countries.Length.Should().BeLessThanOrEqualTo(300);
        record.Countries.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        record.Countries.Sum(c => c.Mentions.Length).Should().BeLessThanOrEqualTo(1000);
    }

    private static void AssertSound(string text)
    {
        NewsExtractor extractor = NewsExtractor.Create();
        ArticleRecord record = extractor.Extract(text, Context);
        RecordInvariants.Violations(text, record).Should().BeEmpty();
        RecordInvariants.TextStageViolations(text).Should().BeEmpty();
        string json = RecordJson.Serialize(record);
        RecordJson.Serialize(extractor.Extract(text, Context)).Should().Be(json);
        RecordJson.Serialize(RecordJson.Deserialize(json)).Should().Be(json, "the record must round-trip through JSON");
    }
}
