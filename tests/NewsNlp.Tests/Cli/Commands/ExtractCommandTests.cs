using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsNlp.Cli;
using NewsNlp.Cli.Commands;
using NewsNlp.Cli.Input;
using NewsNlp.Cli.Output;

namespace NewsNlp.Tests.Cli.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-extract-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly string[] Sentences =
    [
        "Pakistan carried out strikes inside Iran on Thursday, killing at least nine people, officials said.",
        "Foreign Minister Jalil Abbas Jilani spoke to his Iranian counterpart Hossein Amirabdollahian on Friday.",
        "Three soldiers were wounded when a roadside bomb exploded near Kandahar on 12 March 2023.",
        "The United Nations urged both sides to show restraint after the clashes in the border region.",
        "Ukraine said Russian missiles hit Kyiv overnight, killing 11 people and injuring dozens more.",
    ];

    private static string Article(int i) => string.Join(' ', Enumerable.Range(0, 3 + i % 4).Select(k => Sentences[(i + k) % Sentences.Length]));

    private (int Code, string Output, string Log) Extract(string input, RunSettings settings)
    {
        string output = Path.Combine(folder, Guid.NewGuid() + ".jsonl");
        var log = new StringWriter();
        int code = ExtractCommand.Run(input, settings with { Quiet = false }, () => ExtractCommand.CreateSink(OutputFormat.JsonLines, output), log);
        return (code, File.ReadAllText(output), log.ToString());
    }

    [Fact]
    public void Run_BadJsonLines_OneRecordOrErrorPerLineAndCountsReconcile()
    {
        string path = Path.Combine(folder, "bad.jsonl");
        var random = new Random(7);
        byte[] blob = new byte[4096];
        random.NextBytes(blob);
        using (var file = File.Create(path))
        {
            void Line(string s) => file.Write(Encoding.UTF8.GetBytes(s + "\n"));
            Line("{\"id\":\"ok1\",\"text\":\"" + Sentences[0] + "\",\"published\":\"2024-01-18\",\"url\":\"http://example.org/1\"}");
            Line("{\"id\":\"broken\",\"text\":\"unterminated");                // invalid JSON
            Line("{\"id\":\"notext\",\"title\":\"No body\"}");                   // missing text
            Line("{\"id\":\"empty\",\"text\":\"\"}");                            // empty text: a record with nothing in it
            Line("{\"id\":\"baddate\",\"text\":\"Troops moved.\",\"published\":\"last Tuesday\"}"); // invalid published
            Line("[1,2,3]");                                                    // not an object
            Line("{\"id\":\"huge\",\"text\":\"" + new string('a', 20_000_000) + "\"}"); // over the size limit
            file.Write(blob.Where(b => b != (byte)'\n').ToArray());            // a binary blob
            file.WriteByte((byte)'\n');
            Line("{\"id\":42,\"text\":\"" + Sentences[1] + "\"}");              // numeric id
        }

        var (code, output, log) = Extract(path, new RunSettings { Threads = 2 });
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(9);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string? Error(int i) => docs[i].TryGetProperty("error", out var e) ? e.GetString() : null;
        docs.Select(d => d.GetProperty("id").GetString()).Should().Equal("ok1", "2", "notext", "empty", "baddate", "6", "huge", "8", "42");
        Error(0).Should().BeNull();
        docs[0].GetProperty("url").GetString().Should().Be("http://example.org/1");
        Error(1).Should().StartWith("invalid JSON: ");
        Error(2).Should().Be(CliMessages.MissingText);
        Error(3).Should().BeNull();
        Error(4).Should().Be(CliMessages.InvalidPublished("last Tuesday"));
        Error(5).Should().Be(CliMessages.NotAnObject);
        Error(6).Should().Be(CliMessages.TooLarge(20_000_000, NewsExtractorOptions.DefaultMaxTextLength));
        Error(7).Should().StartWith("invalid JSON: ");
        docs[7].GetProperty("source").GetString().Should().EndWith("bad.jsonl:8");
        Error(8).Should().BeNull();
        code.Should().Be(1);
        log.Should().Contain("9 articles -> 3 records + 6 errors");
        log.Should().Contain("error: invalid JSON: 3").And.Contain("error: too large: 1").And.Contain("error: missing \"text\": 1");
    }

    [Fact]
    public void Run_FailFast_StopsAtFirstError()
    {
        string path = Path.Combine(folder, "ff.jsonl");
        File.WriteAllLines(path, ["{\"id\":\"a\",\"text\":\"Troops moved.\"}", "{oops", "{\"id\":\"c\",\"text\":\"Troops moved.\"}"]);
        var (code, output, log) = Extract(path, new RunSettings { Threads = 2, FailFast = true });
        code.Should().Be(1);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        log.Should().Contain("--fail-fast");
    }

    [Fact]
    public void Run_AnyThreadCount_ByteIdenticalOutputInInputOrder()
    {
        string path = Path.Combine(folder, "many.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 300).Select(i => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "n" + i, ["text"] = Article(i), ["published"] = "2024-01-19" })));
        string one = Extract(path, new RunSettings { Threads = 1 }).Output;
        string three = Extract(path, new RunSettings { Threads = 3 }).Output;
        string eight = Extract(path, new RunSettings { Threads = 8 }).Output;
        three.Should().Be(one);
        eight.Should().Be(one);
        one.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())
            .Should().Equal(Enumerable.Range(0, 300).Select(i => "n" + i));
    }

    [Fact]
    public void Run_FolderWithBomCrlfGzipAndBinary_ReadsEachFileOnce()
    {
        string news = Directory.CreateDirectory(Path.Combine(folder, "news", "2024")).FullName;
        File.WriteAllText(Path.Combine(news, "b-crlf.txt"), "Headline B\r\n\r\n" + Sentences[0].Replace(". ", ".\r\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(news, "a-bom.txt"), "Headline A\n\n" + Sentences[1], new UTF8Encoding(true));
        using (var gz = new GZipStream(File.Create(Path.Combine(news, "c-zip.txt.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes("Headline C\n\n" + Sentences[2]));
        }

        File.WriteAllBytes(Path.Combine(news, "d-binary.txt"), [0x00, 0xFF, 0xFE, 0x00, 0x12]);
        File.WriteAllText(Path.Combine(news, "notes.md"), "not an article");
        var (code, output, _) = Extract(Path.Combine(folder, "news"), new RunSettings { Threads = 2 });
        var docs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        docs.Select(d => d.GetProperty("id").GetString()).Should().Equal("a-bom", "b-crlf", "c-zip", "d-binary");
        docs[0].GetProperty("title").GetString().Should().Be("Headline A");
        docs[1].GetProperty("title").GetString().Should().Be("Headline B");
        docs[2].GetProperty("title").GetString().Should().Be("Headline C");
        docs[3].GetProperty("error").GetString().Should().Be(CliMessages.NotText);
        code.Should().Be(1);
    }

    [Fact]
    public void Run_CsvInputGzipped_ReadsQuotedMultilineText()
    {
        string path = Path.Combine(folder, "in.csv.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetPreamble());
            gz.Write(Encoding.UTF8.GetBytes("id,text,published\r\nc1,\"" + Sentences[0] + "\r\n\r\n" + Sentences[3].Replace("the", "\"\"the\"\"", StringComparison.Ordinal) + "\",2024-01-19\r\nc2,Short.,\r\n"));
        }

        var (code, output, _) = Extract(path, new RunSettings { Threads = 2, Input = new InputOptions() });
        var docs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        docs.Select(d => d.GetProperty("id").GetString()).Should().Equal("c1", "c2");
        docs[0].GetProperty("published").GetString().Should().Be("2024-01-19");
        code.Should().Be(0);
    }

    [Fact]
    public void Run_JsonLinesVsDuckDbAndParquet_RowCountsMatch()
    {
        string path = Path.Combine(folder, "gen.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 40).Select(i => i == 13 ? "{broken" : JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "g" + i, ["text"] = Article(i), ["published"] = "2024-01-19" })));
        var settings = new RunSettings { Threads = 2, Quiet = true };
        string json = Extract(path, settings).Output;
        var docs = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        long Count(string field) => docs.Sum(d => d.TryGetProperty(field, out var a) ? a.GetArrayLength() : 0);

        string db = Path.Combine(folder, "gen.duckdb");
        string pq = Path.Combine(folder, "pq");
        ExtractCommand.Run(path, settings, () => ExtractCommand.CreateSink(OutputFormat.DuckDb, db), TextWriter.Null).Should().Be(1);
        ExtractCommand.Run(path, settings, () => ExtractCommand.CreateSink(OutputFormat.Parquet, pq), TextWriter.Null).Should().Be(1);
        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + db);
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar());
        }

        foreach (string table in new[] { "countries", "people", "casualties", "dates", "events" })
        {
            Scalar($"SELECT count(*) FROM {table}").Should().Be(Count(table), table);
            Scalar($"SELECT count(*) FROM '{Path.Combine(pq, table + ".parquet")}'").Should().Be(Count(table), table);
        }

        Scalar("SELECT count(*) FROM articles").Should().Be(40);
        Scalar("SELECT count(*) FROM articles WHERE error IS NOT NULL").Should().Be(1);
        Scalar($"SELECT count(*) FROM '{Path.Combine(pq, "articles.parquet")}' WHERE error IS NULL").Should().Be(39);
        Scalar("SELECT count(*) FROM (SELECT actors, count(*) FROM events GROUP BY 1)").Should().BeGreaterThanOrEqualTo(0);
    }
}
