using BenchmarkDotNet.Attributes;
using NewsNlp.Events;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Dates;
using NewsNlp.Extraction.People;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Events;

/// <summary>
/// The event stage alone (triggers, classifier scoring, arguments, verifier, merging) over the model
/// article with its entity records precomputed, plus classifier scoring of one sentence.
/// Allocated bytes per article come from the memory diagnoser.
/// </summary>
[MemoryDiagnoser]
public class EventExtractorBenchmarks
{
    private const string Sentence = "The United Nations and the United States have called for restraint, while China has offered to mediate.";
    private readonly EventExtractor extractor = new();
    private readonly EventExtractor withoutVerifier = new() { VerifierFloor = 0f };
    private Document document = null!;
    private ExtractedFacts facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "NewsNlp.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("NewsNlp.sln not found");
        }

        string text = File.ReadAllText(Path.Combine(dir, "samples/NewsNlp.Sample/Articles/pakistan-iran-deescalation.txt"));
        document = Document.Analyze(text, new ArticleContext { Published = new DateOnly(2024, 1, 19) });
        CountryLayer countries = new CountryExtractor().Extract(document);
        facts = new ExtractedFacts(
            countries.Countries,
            countries.Organizations,
            new PersonExtractor().Extract(document, countries),
            new DateExtractor().Extract(document),
            new CasualtyExtractor().Extract(document));
        _ = EventClassifier.Default;
    }

    [Benchmark]
    public int ExtractModelArticle() => extractor.Extract(document, facts).Events.Length;

    /// <summary>The same with the verifier's gate off: the difference is what the last gate costs.</summary>
    [Benchmark]
    public int ExtractModelArticleWithoutVerifier() => withoutVerifier.Extract(document, facts).Events.Length;

    [Benchmark]
    public double ScoreSentence() => EventClassifier.Default.Score(Sentence)[0];
}
