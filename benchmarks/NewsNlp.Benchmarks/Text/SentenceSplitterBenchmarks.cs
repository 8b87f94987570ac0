using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Text;

/// <summary>The sentence splitter (tokens prepared in setup) and the whole text stage.</summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    private BenchArticle[] articles = [];
    private Token[][] tokens = [];

    [ParamsSource(typeof(BenchCorpus), nameof(BenchCorpus.Names))]
    public string Corpus { get; set; } = BenchCorpus.ModelArticle;

    [GlobalSetup]
    public void Setup()
    {
        articles = [.. BenchCorpus.Get(Corpus).Articles];
        tokens = [.. articles.Select(a => Tokenizer.Tokenize(a.Text))];
    }

    /// <summary>Sentences from ready tokens.</summary>
    [Benchmark]
    public int Split()
    {
        int n = 0;
        for (int i = 0; i < articles.Length; i++)
        {
            n += SentenceSplitter.Split(articles[i].Text, tokens[i]).Length;
        }

        return n;
    }

    /// <summary>The whole text stage: tokens, sentences, boilerplate marks.</summary>
    [Benchmark]
    public int Analyze()
    {
        int n = 0;
        foreach (BenchArticle a in articles)
        {
            n += Document.Analyze(a.Text, a.Context).Sentences.Length;
        }

        return n;
    }
}
