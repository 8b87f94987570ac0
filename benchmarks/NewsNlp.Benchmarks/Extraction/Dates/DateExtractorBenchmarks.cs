using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsNlp.Extraction.Dates;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Extraction.Dates;

/// <summary>
/// Date extraction alone (documents are tokenized in setup): the model article, and a 1 MB slice of
/// ../shared/data/news/news.jsonl when it is present (otherwise the model article repeated to 1 MB).
/// Run: dotnet run -c Release -- --filter *DateExtractor*
/// </summary>
[MemoryDiagnoser]
public class DateExtractorBenchmarks
{
    private const int SliceChars = 1 << 20;

    private readonly DateExtractor extractor = new();
    private Document model = null!;
    private Document[] slice = [];

    /// <summary>Characters in the slice, for MB/s: divide by the mean time of <see cref="ExtractCorpusSlice"/>.</summary>
    public long SliceLength { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        string root = FindRoot();
        string text = File.ReadAllText(Path.Combine(root, "samples", "NewsNlp.Sample", "Articles", "pakistan-iran-deescalation.txt"));
        model = Document.Analyze(text, new ArticleContext { Published = new DateOnly(2024, 1, 19) });

        var documents = new List<Document>();
        string corpus = Path.Combine(root, "..", "shared", "data", "news", "news.jsonl");
        long total = 0;
        if (File.Exists(corpus))
        {
            foreach (string line in File.ReadLines(corpus))
            {
                using JsonDocument json = JsonDocument.Parse(line);
                JsonElement e = json.RootElement;
                string body = e.GetProperty("text").GetString() ?? "";
                DateOnly? published = e.TryGetProperty("published", out JsonElement p) && p.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
                documents.Add(Document.Analyze(body, new ArticleContext { Published = published }));
                total += body.Length;
                if (total >= SliceChars)
                {
                    break;
                }
            }
        }

        while (total < SliceChars)
        {
            documents.Add(model);
            total += text.Length;
        }

        slice = [.. documents];
        SliceLength = total;
    }

    [Benchmark]
    public int ExtractModelArticle() => extractor.Extract(model).Length;

    [Benchmark]
    public int ExtractCorpusSlice()
    {
        int n = 0;
        foreach (Document d in slice)
        {
            n += extractor.Extract(d).Length;
        }

        return n;
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
}
