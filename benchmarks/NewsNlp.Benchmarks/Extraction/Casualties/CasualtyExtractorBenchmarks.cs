using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction.Casualties;

/// <summary>
/// Casualty extraction over already-analyzed documents: the model article, and a 1 MB slice of
/// ../shared/data/news/news.jsonl when present (else the model article repeated to 1 MB).
/// Throughput: divide <see cref="SliceCharacters"/> by the mean time of <see cref="ExtractNewsSlice"/>.
/// </summary>
[MemoryDiagnoser]
public class CasualtyExtractorBenchmarks
{
    private const int SliceChars = 1 << 20;

    private readonly CasualtyExtractor extractor = new();
    private Document model = null!;
    private Document[] slice = [];

    /// <summary>Characters of text in the slice (about 1 MB).</summary>
    public static long SliceCharacters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        string root = FindRoot();
        string text = File.ReadAllText(Path.Combine(root, "samples", "NewsNlp.Sample", "Articles", "pakistan-iran-deescalation.txt"));
        model = Document.Analyze(text, new ArticleContext());
        var texts = new List<string>();
        long total = 0;
        string news = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "news", "news.jsonl"));
        if (File.Exists(news))
        {
            foreach (string line in File.ReadLines(news))
            {
                using JsonDocument json = JsonDocument.Parse(line);
                string article = json.RootElement.GetProperty("text").GetString() ?? "";
                texts.Add(article);
                total += article.Length;
                if (total >= SliceChars)
                {
                    break;
                }
            }
        }

        while (total < SliceChars)
        {
            texts.Add(text);
            total += text.Length;
        }

        SliceCharacters = total;
        slice = texts.Select(t => Document.Analyze(t, new ArticleContext())).ToArray();
        Console.WriteLine($"// casualty slice: {slice.Length} articles, {total:N0} characters");
    }

    [Benchmark]
    public int ExtractModelArticle() => extractor.Extract(model).Length;

    [Benchmark]
    public int ExtractNewsSlice()
    {
        int found = 0;
        foreach (Document document in slice)
        {
            found += extractor.Extract(document).Length;
        }

        return found;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NewsNlp.sln not found");
    }
}
