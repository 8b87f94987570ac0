using BenchmarkDotNet.Attributes;
using NewsNlp.Benchmarks.Corpus;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Text;

/// <summary>The tokenizer over a whole corpus per invocation, writing into a reused buffer.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly TokenBuffer buffer = new(1 << 16);
    private readonly List<Token> list = new(1 << 16);
    private string[] texts = [];

    [ParamsSource(typeof(BenchCorpus), nameof(BenchCorpus.Names))]
    public string Corpus { get; set; } = BenchCorpus.ModelArticle;

    [GlobalSetup]
    public void Setup() => texts = [.. BenchCorpus.Get(Corpus).Articles.Select(a => a.Text)];

    /// <summary>Tokens into a caller-owned buffer: the hot path the pipeline uses.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeIntoBuffer()
    {
        int n = 0;
        foreach (string text in texts)
        {
            buffer.Clear();
            n += Tokenizer.Tokenize(text, buffer);
        }

        return n;
    }

    /// <summary>Tokens appended to a caller's list (the compatibility overload).</summary>
    [Benchmark]
    public int TokenizeIntoList()
    {
        int n = 0;
        foreach (string text in texts)
        {
            list.Clear();
            Tokenizer.Tokenize(text, list);
            n += list.Count;
        }

        return n;
    }

    /// <summary>Tokens into a new array per article (the convenience overload).</summary>
    [Benchmark]
    public int TokenizeToArray()
    {
        int n = 0;
        foreach (string text in texts)
        {
            n += Tokenizer.Tokenize(text).Length;
        }

        return n;
    }
}
