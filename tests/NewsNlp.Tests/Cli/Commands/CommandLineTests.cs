using DuckDB.NET.Data;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli.Commands;

/// <summary>The options as a user types them, through System.CommandLine.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-cmd-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static int Invoke(params string[] args) => CliApp.Run(args, TextWriter.Null, TextWriter.Null);

    private string Input()
    {
        string path = Path.Combine(folder, "in.jsonl");
        File.WriteAllLines(path,
        [
            "{\"id\":\"short\",\"text\":\"Iran summoned the Pakistani envoy on Wednesday.\",\"published\":\"2024-01-17\"}",
            "{\"id\":\"long\",\"text\":\"" + string.Concat(Enumerable.Repeat("Troops moved toward the border. ", 10)) + "\"}",
        ]);
        return path;
    }

    [Fact]
    public void Extract_MaxChars_LongArticleGivesErrorAndExitCodeOne()
    {
        string output = Path.Combine(folder, "out.jsonl");
        Invoke("extract", Input(), "-o", output, "--max-chars", "100", "-q", "--threads", "2").Should().Be(1);
        string[] lines = File.ReadAllLines(output);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("{\"id\":\"short\",");
        lines[1].Should().Contain("\"error\":\"too large: the text has 320 characters, over the limit of 100 (--max-chars)\"");
    }

    [Fact]
    public void Extract_FormatDuckDb_WritesDatabase()
    {
        string db = Path.Combine(folder, "out.duckdb");
        Invoke("extract", Input(), "--format", "duckdb", "-o", db, "-q").Should().Be(0);
        using var connection = new DuckDBConnection("Data Source=" + db);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles";
        Convert.ToInt64(command.ExecuteScalar()).Should().Be(2);
    }

    [Theory]
    [InlineData("--shard", "0/3")] // K is 1-based
    [InlineData("--threads", "0")] // at least one worker
    [InlineData("--published", "yesterday")] // a date
    [InlineData("--format", "xml")] // an unknown format
    public void Extract_BadOption_ExitCodeTwo(string option, string value) =>
        Invoke("extract", Input(), option, value, "-q", "-o", Path.Combine(folder, "x")).Should().Be(2);

    [Fact]
    public void Extract_TableFormatWithoutOutput_ExitCodeTwo() => Invoke("extract", Input(), "--format", "parquet").Should().Be(2);

    [Fact]
    public void Report_SmallInput_WritesHtml()
    {
        string html = Path.Combine(folder, "r.html");
        Invoke("report", Input(), "-o", html, "-q").Should().Be(0);
        File.ReadAllText(html).Should().StartWith("<!DOCTYPE html>").And.Contain("2 articles");
    }
}
