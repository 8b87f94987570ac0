using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction;

/// <summary>
/// One extraction stage over already-analyzed documents of a shared corpus (<see cref="BenchCorpus"/>): the model article, and the
/// 1 MB news slice; the throughput columns divide the corpus size by the mean. A stage's benchmark says only how it runs one document.
/// </summary>
[MemoryDiagnoser]
public abstract class StageBenchmark
{
    private Document[] documents = [];

    /// <summary>The corpus the documents come from.</summary>
    [ParamsSource(typeof(BenchCorpus), nameof(BenchCorpus.Names))]
    public string Corpus { get; set; } = BenchCorpus.ModelArticle;

    /// <summary>Analyzes the corpus once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => documents = BenchCorpus.Get(Corpus).Analyze();

    /// <summary>Runs the stage on every document; returns how many items it found (so the work cannot be optimised away).</summary>
    [Benchmark]
    public int Extract()
    {
        int found = 0;
        foreach (Document document in documents)
        {
            found += Run(document);
        }

        return found;
    }

    /// <summary>Runs the stage on one document and returns how many items it found.</summary>
    private protected abstract int Run(Document document);
}
