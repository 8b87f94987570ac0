using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Text;

namespace NewsNlp.Benchmarks.Corpus;

/// <summary>
/// The inputs every benchmark shares, by name, so MB/s and tokens/s mean the same thing in every
/// table. Use it as a parameter:
/// <code>
/// [ParamsSource(typeof(BenchCorpus), nameof(BenchCorpus.Names))]
/// public string Corpus { get; set; } = BenchCorpus.ModelArticle;
/// </code>
/// and process the whole corpus (every article once) per benchmark invocation; the throughput
/// columns divide the corpus size by the mean time.
/// </summary>
public sealed class BenchCorpus
{
    /// <summary>The model article (the sample's copy of the user's seed document).</summary>
    public const string ModelArticle = "model-article";

    /// <summary>
    /// Whole lines (held-out records skipped) from the start of <c>../shared/data/news/news.jsonl</c> while the UTF-8 size of
    /// their <c>text</c> fields stays within 1 MiB; the embedded corpus when the file is absent.
    /// </summary>
    public const string NewsSlice = "news-1mb";

    /// <summary>The slice's budget: UTF-8 bytes of article text.</summary>
    public const int SliceBytes = 1 << 20;

    private static readonly ConcurrentDictionary<string, BenchCorpus> Cache = new(StringComparer.Ordinal);

    private readonly Lazy<int> tokens;

    private BenchCorpus(string name, string source, BenchArticle[] articles)
    {
        Name = name;
        Source = source;
        Articles = articles;
        long bytes = 0;
        long chars = 0;
        foreach (BenchArticle a in articles)
        {
            bytes += Encoding.UTF8.GetByteCount(a.Text);
            chars += a.Text.Length;
        }

        Utf8Bytes = bytes;
        Chars = chars;
        tokens = new Lazy<int>(() =>
        {
            int n = 0;
            var buffer = new List<Token>(4096);
            foreach (BenchArticle a in Articles)
            {
                buffer.Clear();
                Tokenizer.Tokenize(a.Text, buffer);
                n += buffer.Count;
            }

            return n;
        });
    }

    /// <summary>Corpus names for <c>[ParamsSource]</c>.</summary>
    public static IEnumerable<string> Names => [ModelArticle, NewsSlice];

    /// <summary>The corpus name.</summary>
    public string Name { get; }

    /// <summary>Where the text came from (a path, or "embedded").</summary>
    public string Source { get; }

    /// <summary>The articles, in a fixed order.</summary>
    public IReadOnlyList<BenchArticle> Articles { get; }

    /// <summary>Total UTF-8 bytes of article text.</summary>
    public long Utf8Bytes { get; }

    /// <summary>Total UTF-16 characters of article text.</summary>
    public long Chars { get; }

    /// <summary>Total tokens, as counted by <see cref="Tokenizer"/>.</summary>
    public int Tokens => tokens.Value;

    /// <summary>The corpus called <paramref name="name"/> (cached, loaded once per process).</summary>
    public static BenchCorpus Get(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>Runs the text stage on every article, for benchmarks of later stages.</summary>
    internal Document[] Analyze()
    {
        var documents = new Document[Articles.Count];
        for (int i = 0; i < documents.Length; i++)
        {
            documents[i] = Document.Analyze(Articles[i].Text, Articles[i].Context);
        }

        return documents;
    }

    /// <summary>The repository root (the folder holding NewsNlp.sln), or null.</summary>
    public static string? RepositoryRoot { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Environment.CurrentDirectory);

    /// <summary>The path of <c>../shared/data/news/news.jsonl</c> beside the repository, whether or not it exists.</summary>
    public static string? NewsJsonlPath =>
        RepositoryRoot is null ? null : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "news", "news.jsonl"));

    private static BenchCorpus Load(string name) => name switch
    {
        ModelArticle => LoadModelArticle(),
        NewsSlice => LoadSlice(),
        _ => throw new ArgumentException($"Unknown corpus '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    private static BenchCorpus LoadModelArticle()
    {
        string root = RepositoryRoot ?? throw new InvalidOperationException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
        string path = Path.Combine(root, "samples", "NewsNlp.Sample", "Articles", "pakistan-iran-deescalation.txt");
        var context = new ArticleContext { Id = "pakistan-iran-deescalation", Published = new DateOnly(2024, 1, 19) };
        return new BenchCorpus(ModelArticle, path, [new BenchArticle(context.Id, File.ReadAllText(path), context)]);
    }

    private static BenchCorpus LoadSlice()
    {
        string? path = NewsJsonlPath;
        if (path is null || !File.Exists(path))
        {
            return new BenchCorpus(NewsSlice, "embedded", EmbeddedCorpus.Articles());
        }

        var articles = new List<BenchArticle>();
        long bytes = 0;
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line) || IsHeldOut(line))
            {
                continue;
            }

            BenchArticle article = Parse(line, articles.Count + 1);
            bytes += Encoding.UTF8.GetByteCount(article.Text);
            if (bytes > SliceBytes)
            {
                break;
            }

            articles.Add(article);
        }

        return new BenchCorpus(NewsSlice, path, [.. articles]);
    }

    /// <summary>
    /// True for the held-out Wikinews 2019/2020 CSV records that news.jsonl also holds: they are kept
    /// for measuring accuracy and never read here, so the slice is the peers' slice
    /// (<c>benchmarks/peers/make-slice.mjs</c> skips them too).
    /// </summary>
    private static bool IsHeldOut(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.TryGetProperty("source", out JsonElement source) && source.ValueKind == JsonValueKind.String
            && source.GetString() is { } name && (name.Contains("wikinews_2019.csv", StringComparison.Ordinal) || name.Contains("wikinews_2020.csv", StringComparison.Ordinal));
    }

    /// <summary>Parses one JSON Lines record (<c>id</c>, <c>text</c>, optional <c>title</c>, <c>published</c>).</summary>
    public static BenchArticle Parse(string line, int lineNumber)
    {
        using var json = JsonDocument.Parse(line);
        JsonElement root = json.RootElement;
        string id = root.TryGetProperty("id", out var idValue) ? idValue.ToString() : lineNumber.ToString(CultureInfo.InvariantCulture);
        string text = root.GetProperty("text").GetString() ?? "";
        string? title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        DateOnly? published = null;
        if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: >= 10 } raw
            && DateOnly.TryParseExact(raw[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            published = date;
        }

        return new BenchArticle(id, text, new ArticleContext { Id = id, Title = title, Published = published });
    }

    private static string? FindRoot(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>One benchmark article: its text and the context the pipeline gets with it.</summary>
public sealed record BenchArticle(string Id, string Text, ArticleContext Context);
