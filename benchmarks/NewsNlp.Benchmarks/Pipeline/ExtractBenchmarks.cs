using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;

namespace NewsNlp.Benchmarks.Pipeline;

/// <summary>The full public pipeline, <see cref="NewsExtractor.Extract"/>, over a whole corpus per invocation.</summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private readonly NewsExtractor extractor = NewsExtractor.Create();
    private BenchArticle[] articles = [];

    [ParamsSource(typeof(BenchCorpus), nameof(BenchCorpus.Names))]
    public string Corpus { get; set; } = BenchCorpus.ModelArticle;

    [GlobalSetup]
    public void Setup() => articles = [.. BenchCorpus.Get(Corpus).Articles];

    [Benchmark]
    public int Extract()
    {
        int n = 0;
        foreach (BenchArticle a in articles)
        {
            ArticleRecord record = extractor.Extract(a.Text, a.Context);
            n += record.Countries.Length + record.People.Length + record.Dates.Length + record.Casualties.Length + record.Events.Length;
        }

        return n;
    }
}
