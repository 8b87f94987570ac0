using BenchmarkDotNet.Attributes;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Text;

[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly List<Token> buffer = new(4096);
    private string text = "";

    [GlobalSetup]
    public void Setup() => text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../../../samples/NewsNlp.Sample/Articles/pakistan-iran-deescalation.txt"));

    [Benchmark]
    public int TokenizeModelArticle()
    {
        buffer.Clear();
        Tokenizer.Tokenize(text, buffer);
        return buffer.Count;
    }
}
