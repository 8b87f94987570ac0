using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction.Casualties;

/// <summary>
/// Casualty extraction over already-analyzed documents of a shared corpus (<see cref="BenchCorpus"/>): the model
/// article, and the 1 MB news slice; the throughput columns divide the corpus size by the mean.
/// </summary>
[MemoryDiagnoser]
public class CasualtyExtractorBenchmarks
{
    private readonly CasualtyExtractor extractor = new();
    private Document[] documents = [];

    [ParamsSource(typeof(BenchCorpus), nameof(BenchCorpus.Names))]
    public string Corpus { get; set; } = BenchCorpus.ModelArticle;

    [GlobalSetup]
    public void Setup() => documents = BenchCorpus.Get(Corpus).Analyze();

    [Benchmark]
    public int Extract()
    {
        int found = 0;
        foreach (Document document in documents)
        {
            found += extractor.Extract(document).Length;
        }

        return found;
    }
}
