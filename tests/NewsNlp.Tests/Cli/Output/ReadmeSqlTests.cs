using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using NewsNlp.Cli.Commands;
using NewsNlp.Cli.Output;

namespace NewsNlp.Tests.Cli.Output;

/// <summary>
/// Every SQL query in the repository's READMEs (<c>duckdb FILE "..."</c>, <c>duckdb -c "..."</c>, <c>con.sql("...")</c>)
/// runs through DuckDB.NET against the DuckDB, Parquet and CSV outputs the tool writes for a small input, with the
/// README's file names (<c>news.duckdb</c>, <c>news-parquet/</c>, <c>news-csv/</c>).
/// </summary>
public sealed partial class ReadmeSqlTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-readme-sql-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [GeneratedRegex("""^\s*duckdb\s+(?:(?<db>\S+\.duckdb)\s+)?(?:-c\s+)?"(?<sql>[^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex ShellQuery();

    [GeneratedRegex("""con\.sql\("(?<sql>[^"]+)"\)""")]
    private static partial Regex PythonQuery();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<(string Readme, string? Database, string Sql)> Queries()
    {
        string root = RepositoryRoot();
        foreach (string readme in Directory.EnumerateFiles(root, "README.md", SearchOption.AllDirectories)
            .Where(p => !p.Contains("node_modules", StringComparison.Ordinal) && !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(readme);
            foreach (Match m in ShellQuery().Matches(text))
            {
                yield return (Path.GetRelativePath(root, readme), m.Groups["db"].Success ? m.Groups["db"].Value : null, m.Groups["sql"].Value);
            }

            foreach (Match m in PythonQuery().Matches(text))
            {
                yield return (Path.GetRelativePath(root, readme), "news.duckdb", m.Groups["sql"].Value);
            }
        }
    }

    [Fact]
    public void EverySqlExampleInTheReadmes_RunsOnTheToolsOutput()
    {
        string input = Path.Combine(folder, "news.jsonl");
        File.WriteAllLines(input,
        [
            """{"id":"a1","text":"Pakistan carried out strikes inside Iran on Thursday, killing at least nine people, officials said. The United Nations urged restraint.","published":"2024-01-18"}""",
            """{"id":"a2","text":"Russian missiles hit Kyiv overnight, killing 11 people, Ukraine said on Friday.","published":"2024-01-19"}""",
            """{"id":"a3","title":"no text"}""",
        ]);
        var settings = new RunSettings { Threads = 2, Quiet = true };
        ExtractCommand.Run(input, settings, () => ExtractCommand.CreateSink(OutputFormat.DuckDb, Path.Combine(folder, "news.duckdb")), TextWriter.Null);
        ExtractCommand.Run(input, settings, () => ExtractCommand.CreateSink(OutputFormat.Parquet, Path.Combine(folder, "news-parquet")), TextWriter.Null);
        ExtractCommand.Run(input, settings, () => ExtractCommand.CreateSink(OutputFormat.Csv, Path.Combine(folder, "news-csv")), TextWriter.Null);

        var queries = Queries().ToList();
        queries.Should().HaveCountGreaterThanOrEqualTo(4, "the CLI README shows DuckDB queries");
        foreach (var (readme, database, sql) in queries)
        {
            // Relative file names in the README resolve against the folder the outputs were written to.
            string runnable = Regex.Replace(sql, "'(news-(?:parquet|csv)/)", m => "'" + Path.Combine(folder, m.Groups[1].Value));
            using var connection = new DuckDBConnection("Data Source=" + (database is null ? ":memory:" : Path.Combine(folder, database)));
            connection.Open();
            using DuckDBCommand command = connection.CreateCommand();
            command.CommandText = runnable;
            Action run = () =>
            {
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                }
            };
            run.Should().NotThrow("{0}: {1}", readme, sql);
        }
    }
}
