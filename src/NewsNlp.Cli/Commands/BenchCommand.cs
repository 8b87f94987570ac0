using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsNlp.Cli.Commands;

/// <summary>
/// <c>newsnlp bench INPUT [--threads N] [--seconds S] [--json]</c>: end-to-end throughput of the full
/// pipeline over the articles of INPUT, held in memory, at one thread and at N threads.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A .jsonl file, a .txt file or a folder of them (read once into memory)." };
        var threads = new Option<int?>("--threads", "-t") { Description = "Threads for the parallel run (default: all cores). The single-thread run always happens." };
        var seconds = new Option<double?>("--seconds", "-s") { Description = "Minimum measuring time per run, in seconds (default 3; whole passes over the input)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("bench", "Measure end-to-end throughput: articles/s, MB/s, tokens/s, allocated bytes per article, peak working set.")
        {
            input, threads, seconds, json,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(threads), parse.GetValue(seconds), parse.GetValue(json)));
        return command;
    }

    private static int Run(string input, int? threadsOption, double? secondsOption, bool json)
    {
        if (!File.Exists(input) && !Directory.Exists(input))
        {
            Console.Error.WriteLine(CliMessages.NoSuchInput(input));
            return ExitCodes.InputOutput;
        }

        int threads = threadsOption ?? Environment.ProcessorCount;
        if (threads < 1)
        {
            throw CliException.Usage(CliMessages.BadThreads(threads));
        }

        double seconds = secondsOption ?? 3;
        List<(string Text, ArticleContext Context)> articles = Load(input);
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"No readable articles in {input}.");
            return 1;
        }

        // Cold start: the first Extract in this process pays for type loading, JIT and lazy resources.
        var cold = Stopwatch.StartNew();
        var extractor = NewsExtractor.Create();
        extractor.Extract(articles[0].Text, articles[0].Context);
        double coldMs = cold.Elapsed.TotalMilliseconds;

        string[] texts = [.. articles.Select(a => a.Text)];
        ArticleContext[] contexts = [.. articles.Select(a => a.Context)];
        long bytes = 0;
        long tokens = 0;
        foreach (string text in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
            tokens += TextStatistics.CountTokens(text);
        }

        var corpus = new Corpus(texts, contexts, bytes, tokens);
        WarmUp(extractor, corpus, threads);
        Measurement single = Measure(extractor, corpus, 1, seconds);
        Measurement? parallel = threads > 1 ? Measure(extractor, corpus, threads, seconds) : null;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long peakWorkingSet = process.PeakWorkingSet64;

        if (json)
        {
            WriteJson(input, corpus, coldMs, single, parallel, peakWorkingSet);
        }
        else
        {
            WriteTable(input, corpus, coldMs, single, parallel, peakWorkingSet);
        }

        return 0;
    }

    /// <summary>
    /// Reads the whole input into memory: a .jsonl file (<c>id</c>, <c>text</c>, optional <c>title</c>,
    /// <c>published</c>; unreadable lines are skipped), a .txt file (first line is the headline) or a
    /// folder of .txt files. Kept apart from the extract command's readers so timing never includes I/O.
    /// </summary>
    private static List<(string Text, ArticleContext Context)> Load(string input)
    {
        var articles = new List<(string, ArticleContext)>();
        if (Directory.Exists(input))
        {
            string[] files = Directory.GetFiles(input, "*.txt", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                articles.Add(LoadText(file));
            }
        }
        else if (input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || input.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            int number = 0;
            foreach (string line in File.ReadLines(input))
            {
                number++;
                if (TryParseLine(line, number, out var article))
                {
                    articles.Add(article);
                }
            }
        }
        else
        {
            articles.Add(LoadText(input));
        }

        return articles;
    }

    private static (string, ArticleContext) LoadText(string path)
    {
        string text = File.ReadAllText(path);
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        string title = (newline < 0 ? text : text[..newline]).Trim();
        return (text, new ArticleContext { Id = Path.GetFileNameWithoutExtension(path), Title = title.Length == 0 ? null : title });
    }

    private static bool TryParseLine(string line, int number, out (string, ArticleContext) article)
    {
        article = default;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            string id = root.TryGetProperty("id", out var idValue) ? idValue.ToString() : number.ToString(CultureInfo.InvariantCulture);
            string? title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            DateOnly? published = null;
            if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: >= 10 } raw
                && DateOnly.TryParseExact(raw[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                published = date;
            }

            article = (text.GetString()!, new ArticleContext { Id = id, Title = title, Published = published });
            return true;
        }
        catch (JsonException)
        {
            // A broken line is not part of the measurement.
            return false;
        }
    }

    private static Measurement Measure(NewsExtractor extractor, Corpus corpus, int threads, double seconds)
    {
        // Warm up for a second (at least one pass) so tiered JIT reaches optimized code before the clock starts.
        var warmup = Stopwatch.StartNew();
        do
        {
            RunPass(extractor, corpus, threads);
        }
        while (warmup.Elapsed.TotalSeconds < 1);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        long allocatedBefore = threads == 1 ? GC.GetAllocatedBytesForCurrentThread() : GC.GetTotalAllocatedBytes(precise: true);
        int gen0Before = GC.CollectionCount(0);
        int passes = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            RunPass(extractor, corpus, threads);
            passes++;
        }
        while (clock.Elapsed.TotalSeconds < seconds);

        double elapsed = clock.Elapsed.TotalSeconds;
        long allocated = (threads == 1 ? GC.GetAllocatedBytesForCurrentThread() : GC.GetTotalAllocatedBytes(precise: true)) - allocatedBefore;
        long articles = (long)passes * corpus.Texts.Length;
        return new Measurement(threads, passes, elapsed, articles / elapsed, corpus.Bytes * passes / 1e6 / elapsed,
            corpus.Tokens * passes / elapsed, (double)allocated / articles, (double)allocated / (corpus.Tokens * passes), GC.CollectionCount(0) - gen0Before);
    }

    /// <summary>
    /// Runs whole passes until two in a row take about the same time (within 5%, at most 60 s), so neither row pays for
    /// tiered JIT compilation: without this the single-thread row ran first and cold, and the speed-up looked too good.
    /// </summary>
    private static void WarmUp(NewsExtractor extractor, Corpus corpus, int threads)
    {
        var total = Stopwatch.StartNew();
        double previous = double.MaxValue;
        for (int pass = 0; total.Elapsed.TotalSeconds < 60; pass++)
        {
            var clock = Stopwatch.StartNew();
            RunPass(extractor, corpus, threads);
            RunPass(extractor, corpus, 1);
            double seconds = clock.Elapsed.TotalSeconds;
            if (pass > 0 && Math.Abs(seconds - previous) <= 0.05 * previous)
            {
                return;
            }

            previous = seconds;
        }
    }

    private static void RunPass(NewsExtractor extractor, Corpus corpus, int threads)
    {
        if (threads == 1)
        {
            for (int i = 0; i < corpus.Texts.Length; i++)
            {
                extractor.Extract(corpus.Texts[i], corpus.Contexts[i]);
            }

            return;
        }

        Parallel.For(0, corpus.Texts.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => extractor.Extract(corpus.Texts[i], corpus.Contexts[i]));
    }

    private static void WriteTable(string input, Corpus corpus, double coldMs, Measurement single, Measurement? parallel, long peakWorkingSet)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Format(c, "input: {0}: {1:N0} articles, {2:N2} MB UTF-8, {3:N0} tokens; {4} cores; .NET {5}",
            input, corpus.Texts.Length, corpus.Bytes / 1e6, corpus.Tokens, Environment.ProcessorCount, Environment.Version));
        Console.WriteLine(string.Format(c, "cold start (create + first Extract): {0:N1} ms", coldMs));
        Console.WriteLine();
        Console.WriteLine("| threads | passes | seconds | articles/s | MB/s | tokens/s | alloc B/article | alloc B/token | gen0 GCs |");
        Console.WriteLine("|--------:|-------:|--------:|-----------:|-----:|---------:|----------------:|--------------:|---------:|");
        foreach (Measurement m in parallel is null ? [single] : new[] { single, parallel })
        {
            Console.WriteLine(string.Format(c, "| {0} | {1} | {2:N2} | {3:N0} | {4:N2} | {5:N0} | {6:N0} | {7:N1} | {8} |",
                m.Threads, m.Passes, m.Seconds, m.ArticlesPerSecond, m.MegabytesPerSecond, m.TokensPerSecond, m.BytesPerArticle, m.BytesPerToken, m.Gen0Collections));
        }

        Console.WriteLine();
        if (parallel is not null)
        {
            Console.WriteLine(string.Format(c, "speed-up at {0} threads: {1:N2}x", parallel.Threads, parallel.ArticlesPerSecond / single.ArticlesPerSecond));
        }

        Console.WriteLine(string.Format(c, "peak working set: {0:N1} MB", peakWorkingSet / 1e6));
    }

    private static void WriteJson(string input, Corpus corpus, double coldMs, Measurement single, Measurement? parallel, long peakWorkingSet)
    {
        using var stream = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteString("input", input);
        writer.WriteNumber("articles", corpus.Texts.Length);
        writer.WriteNumber("bytes", corpus.Bytes);
        writer.WriteNumber("tokens", corpus.Tokens);
        writer.WriteNumber("cores", Environment.ProcessorCount);
        writer.WriteNumber("coldStartMs", Math.Round(coldMs, 1));
        writer.WriteNumber("peakWorkingSetBytes", peakWorkingSet);
        writer.WriteStartArray("runs");
        foreach (Measurement m in parallel is null ? [single] : new[] { single, parallel })
        {
            writer.WriteStartObject();
            writer.WriteNumber("threads", m.Threads);
            writer.WriteNumber("passes", m.Passes);
            writer.WriteNumber("seconds", Math.Round(m.Seconds, 3));
            writer.WriteNumber("articlesPerSecond", Math.Round(m.ArticlesPerSecond, 1));
            writer.WriteNumber("megabytesPerSecond", Math.Round(m.MegabytesPerSecond, 3));
            writer.WriteNumber("tokensPerSecond", Math.Round(m.TokensPerSecond));
            writer.WriteNumber("allocatedBytesPerArticle", Math.Round(m.BytesPerArticle));
            writer.WriteNumber("allocatedBytesPerToken", Math.Round(m.BytesPerToken, 2));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.Write("\n"u8);
    }

    private sealed record Corpus(string[] Texts, ArticleContext[] Contexts, long Bytes, long Tokens);

    private sealed record Measurement(int Threads, int Passes, double Seconds, double ArticlesPerSecond, double MegabytesPerSecond,
        double TokensPerSecond, double BytesPerArticle, double BytesPerToken, int Gen0Collections);
}
