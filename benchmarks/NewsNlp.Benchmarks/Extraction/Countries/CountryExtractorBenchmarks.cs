using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsNlp.Extraction.Countries;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction.Countries;

/// <summary>
/// Country and organisation spotting over already tokenized documents: the model article, and a
/// 1 MB slice of ../shared/data/news/news.jsonl read at run time (skipped when absent). Throughput
/// in MB/s is <see cref="SliceBytes"/> (printed in setup) divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class CountryExtractorBenchmarks
{
    private const int SliceLimit = 1 << 20;
    private readonly CountryExtractor extractor = new();
    private Document model = null!;
    private Document[] slice = [];

    /// <summary>UTF-16 characters of article text in the news slice.</summary>
    public long SliceBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        string root = FindRoot();
        string article = File.ReadAllText(Path.Combine(root, "samples/NewsNlp.Sample/Articles/pakistan-iran-deescalation.txt"));
        model = Document.Analyze(article, new ArticleContext());

        string news = Path.GetFullPath(Path.Combine(root, "../shared/data/news/news.jsonl"));
        if (!File.Exists(news))
        {
            return;
        }

        var documents = new List<Document>();
        foreach (string line in File.ReadLines(news))
        {
            if (SliceBytes >= SliceLimit)
            {
                break;
            }

            using JsonDocument json = JsonDocument.Parse(line);
            string text = json.RootElement.GetProperty("text").GetString() ?? "";
            documents.Add(Document.Analyze(text, new ArticleContext()));
            SliceBytes += text.Length;
        }

        slice = [.. documents];
        Console.WriteLine($"// news slice: {slice.Length} articles, {SliceBytes} characters");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }

    [Benchmark(Baseline = true)]
    public int ModelArticle() => extractor.Extract(model).Countries.Length;

    [Benchmark]
    public int NewsSlice1MB()
    {
        int found = 0;
        foreach (Document document in slice)
        {
            found += extractor.Extract(document).Countries.Length;
        }

        return found;
    }
}
