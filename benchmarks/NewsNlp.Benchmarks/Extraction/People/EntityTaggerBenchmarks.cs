using BenchmarkDotNet.Attributes;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Extraction.People;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction.People;

/// <summary>
/// Named-entity tagging throughput (tokens/s = tokens per op / mean time) and allocations: the
/// per-sentence path must allocate nothing; the per-document path allocates only its result.
/// </summary>
[MemoryDiagnoser]
public class EntityTaggerBenchmarks
{
    private readonly byte[] labels = new byte[4096];
    private Document document = null!;
    private EntityTagger tagger = null!;
    private PersonExtractor people = null!;

    /// <summary>Tokens tagged per operation.</summary>
    public int TokenCount => document.Tokens.Length;

    [GlobalSetup]
    public void Setup()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "NewsNlp.Sample", "Articles", "pakistan-iran-deescalation.txt"));
        document = Document.Analyze(text, new ArticleContext());
        tagger = EntityTagger.Default;
        people = new PersonExtractor();
        tagger.Tag(document);
    }

    private static string RepositoryRoot()
    {
        // BenchmarkDotNet runs from a generated folder, so look upwards for the solution.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NewsNlp.sln not found");
    }

    [Benchmark(Description = "TagSentences (model article, no allocation)")]
    public int TagSentences()
    {
        int entities = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            Span<byte> output = labels.AsSpan(0, sentence.TokenCount);
            tagger.TagSentence(document.Text, document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), output);
            entities += output.IndexOfAnyExcept((byte)0) >= 0 ? 1 : 0;
        }

        return entities;
    }

    [Benchmark(Description = "Tag (model article, with document features)")]
    public int TagDocument() => tagger.Tag(document).Length;

    [Benchmark(Description = "PersonExtractor (model article)")]
    public int ExtractPeople() => people.Extract(document, CountryLayer.Empty).Length;
}
