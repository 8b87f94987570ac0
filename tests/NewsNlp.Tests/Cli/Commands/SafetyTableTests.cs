using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli.Commands;

/// <summary>
/// The rows of issue 18's safety table: what a user did, and what must happen now. Each runs the command line
/// in-process through <see cref="CliApp.Run"/> with captured standard output and error.
/// </summary>
public sealed class SafetyTableTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-safety-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Input()
    {
        string path = Path.Combine(folder, "in.jsonl");
        File.WriteAllText(path, "{\"id\":\"a\",\"text\":\"Iran summoned the Pakistani envoy on Wednesday.\",\"published\":\"2024-01-17\"}\n");
        return path;
    }

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void ShouldBeOneLine(string error, params string[] mentions)
    {
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle("one line, not a stack trace: {0}", error);
        lines[0].Should().StartWith("newsnlp: ");
        foreach (string mention in mentions)
        {
            lines[0].Should().Contain(mention);
        }

        error.Should().NotContain("   at ");
    }

    [Theory]
    [InlineData("jsonl", "missing/dir/out.jsonl")]
    [InlineData("duckdb", "missing/a.duckdb")]
    public void Extract_OutputInMissingFolder_OneLineExitThree(string format, string output)
    {
        var (code, _, err) = Cli("extract", Input(), "-f", format, "-o", Path.Combine(folder, output), "-q");
        code.Should().Be(ExitCodes.InputOutput);
        ShouldBeOneLine(err, output, "does not exist");
        Directory.Exists(Path.Combine(folder, "missing")).Should().BeFalse();
    }

    [Fact]
    public void Report_OutputInMissingFolder_OneLineExitThree()
    {
        var (code, _, err) = Cli("report", Input(), "-o", Path.Combine(folder, "missing/r.html"), "-q");
        code.Should().Be(ExitCodes.InputOutput);
        ShouldBeOneLine(err, "missing/r.html", "does not exist");
    }

    [Fact]
    public void Extract_CsvIntoExistingFile_OneLineExitThreeFileUntouched()
    {
        string file = Path.Combine(folder, "existing-file");
        File.WriteAllText(file, "keep me");
        var (code, _, err) = Cli("extract", Input(), "-f", "csv", "-o", file, "-q");
        code.Should().Be(ExitCodes.InputOutput);
        ShouldBeOneLine(err, "existing-file", "not a folder");
        File.ReadAllText(file).Should().Be("keep me");
    }

    [Fact]
    public void Extract_CsvIntoMissingParents_RefusedLikeOtherFormats()
    {
        var (code, _, err) = Cli("extract", Input(), "-f", "csv", "-o", Path.Combine(folder, "missing", "sub") + "/", "-q");
        code.Should().Be(ExitCodes.InputOutput);
        ShouldBeOneLine(err, "does not exist");
        Directory.Exists(Path.Combine(folder, "missing")).Should().BeFalse("no folders are created silently");
    }

    [Theory]
    [InlineData("--formt", "csv")]
    [InlineData("--threads")]
    public void Extract_BadUsage_ExitTwoNothingOnStandardOutput(params string[] extra)
    {
        var (code, stdout, err) = Cli(["extract", Input(), .. extra]);
        code.Should().Be(ExitCodes.Usage);
        stdout.Should().BeEmpty("help goes to standard output only when asked for");
        err.Should().StartWith("newsnlp: ").And.Contain("Run 'newsnlp extract --help' for usage.");
    }

    [Fact]
    public void Extract_FolderWithNoMatchingFiles_Warns()
    {
        string empty = Directory.CreateDirectory(Path.Combine(folder, "news")).FullName;
        File.WriteAllText(Path.Combine(empty, "notes.md"), "not an article");
        var (code, _, err) = Cli("extract", empty, "-o", Path.Combine(folder, "out.jsonl"), "-q", "--published", "2024-01-01");
        code.Should().Be(ExitCodes.Ok);
        err.Should().Contain("warning: no articles in").And.Contain("--glob '*.txt'");
    }

    [Fact]
    public void Extract_TextWithoutPublished_WarnsAboutNullDates()
    {
        string text = Path.Combine(folder, "story.txt");
        File.WriteAllText(text, "Talks\nThe envoy left on Friday.\n");
        var (code, _, err) = Cli("extract", text, "-o", Path.Combine(folder, "out.jsonl"), "-q");
        code.Should().Be(ExitCodes.Ok);
        err.Should().Contain("warning: text input carries no publication date").And.Contain("--published");
        Cli("extract", text, "-o", Path.Combine(folder, "out2.jsonl"), "-q", "--published", "2024-01-19").Err.Should().NotContain("warning");
    }

    [Fact]
    public void Extract_ParquetWithoutOutput_SaysItNeedsAFolder()
    {
        var (code, _, err) = Cli("extract", Input(), "-f", "parquet");
        code.Should().Be(ExitCodes.Usage);
        ShouldBeOneLine(err, "needs -o (a folder)");
    }

    [Fact]
    public void Help_UsageLineNamesTheToolAndThreadsHasOneDefault()
    {
        var (code, stdout, err) = Cli("extract", "--help");
        code.Should().Be(0);
        err.Should().BeEmpty();
        stdout.Should().Contain("newsnlp extract <input> [options]").And.NotContain("NewsNlp.Cli");
        string threads = stdout.Split('\n').Single(l => l.Contains("--threads", StringComparison.Ordinal));
        (threads.Split("default", StringSplitOptions.None).Length - 1).Should().Be(1, threads);
    }

    [Fact]
    public void Extract_ExistingJsonLines_RefusedUnlessOverwriteOrAppend()
    {
        string output = Path.Combine(folder, "out.jsonl");
        File.WriteAllText(output, "{\"id\":\"old\"}\n");
        var (code, _, err) = Cli("extract", Input(), "-o", output, "-q");
        code.Should().Be(ExitCodes.Usage);
        ShouldBeOneLine(err, "already exists", "--overwrite", "--append");
        File.ReadAllText(output).Should().Be("{\"id\":\"old\"}\n");

        Cli("extract", Input(), "-o", output, "-q", "--append").Code.Should().Be(0);
        File.ReadAllLines(output).Should().HaveCount(2).And.Subject.First().Should().Be("{\"id\":\"old\"}");

        Cli("extract", Input(), "-o", output, "-q", "--overwrite").Code.Should().Be(0);
        File.ReadAllLines(output).Should().ContainSingle().Which.Should().StartWith("{\"id\":\"a\"");
        Directory.GetFiles(folder, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Extract_ToDevNull_WritesWithoutAskingToOverwrite()
    {
        var (code, _, err) = Cli("extract", Input(), "-o", "/dev/null", "-q");
        code.Should().Be(0, err);
        File.Exists("/dev/null").Should().BeTrue();
    }

    [Fact]
    public void Extract_ExistingCsvTables_RefusedThenReplacedKeepingOtherFiles()
    {
        string output = Path.Combine(folder, "tables");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "articles.csv"), "mine\n");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "other file");
        Cli("extract", Input(), "-f", "csv", "-o", output, "-q").Code.Should().Be(ExitCodes.Usage);
        File.ReadAllText(Path.Combine(output, "articles.csv")).Should().Be("mine\n");
        Cli("extract", Input(), "-f", "csv", "-o", output, "-q", "--append").Code.Should().Be(ExitCodes.Usage, "the existing articles.csv has other columns");

        Cli("extract", Input(), "-f", "csv", "-o", output, "-q", "--overwrite").Code.Should().Be(0);
        File.ReadAllText(Path.Combine(output, "articles.csv")).Should().StartWith("article_id,");
        File.ReadAllText(Path.Combine(output, "notes.txt")).Should().Be("other file");
        Cli("extract", Input(), "-f", "csv", "-o", output, "-q", "--append").Code.Should().Be(0);
        File.ReadAllLines(Path.Combine(output, "articles.csv")).Should().HaveCount(3, "one header and two rows");
    }
}
