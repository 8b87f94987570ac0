using DuckDB.NET.Data;
using NewsNlp.Cli;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Tests.Cli.Output;

/// <summary>A user's existing DuckDB database: other tables survive every run, and a failed run changes nothing.</summary>
public sealed class DuckDbSafetyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-duckdb-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string UserDatabase()
    {
        string path = Path.Combine(folder, "analysis.duckdb");
        using var connection = new DuckDBConnection("Data Source=" + path);
        connection.Open();
        Execute(connection, "CREATE TABLE my_notes (note VARCHAR); INSERT INTO my_notes VALUES ('keep me')");
        return path;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Count(string path, string table)
    {
        using var connection = new DuckDBConnection("Data Source=" + path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM information_schema.tables WHERE table_name = '{table}'";
        if (Convert.ToInt64(command.ExecuteScalar()) == 0)
        {
            return -1;
        }

        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static void Write(IRecordSink sink, int articles, bool complete = true)
    {
        for (int i = 0; i < articles; i++)
        {
            ProcessedArticle a = SampleRecords.Article(i);
            sink.Prepare(a);
            sink.Write(a);
        }

        if (complete)
        {
            sink.Complete();
        }
    }

    [Fact]
    public void ExistingDatabase_TablesNotDeletedAndToolTablesRefusedWithoutFlag()
    {
        string path = UserDatabase();
        using (var sink = new DuckDbSink(path))
        {
            Write(sink, 3);
        }

        Count(path, "my_notes").Should().Be(1, "the user's own table is kept");
        Count(path, "articles").Should().Be(3);

        Action again = () => new DuckDbSink(path).Dispose();
        again.Should().Throw<CliException>().Which.ExitCode.Should().Be(ExitCodes.Usage);
        Count(path, "articles").Should().Be(3);
    }

    [Fact]
    public void Overwrite_ReplacesOnlyToolTables_AppendAdds()
    {
        string path = UserDatabase();
        using (var sink = new DuckDbSink(path))
        {
            Write(sink, 3);
        }

        using (var sink = new DuckDbSink(path, OutputMode.Overwrite))
        {
            Write(sink, 2);
        }

        Count(path, "articles").Should().Be(2);
        Count(path, "my_notes").Should().Be(1);
        using (var sink = new DuckDbSink(path, OutputMode.Append))
        {
            Write(sink, 4);
        }

        Count(path, "articles").Should().Be(6);
        Count(path, "events").Should().Be(12);
    }

    [Fact]
    public void FailedRun_RollsBack_ExistingTablesUnchanged()
    {
        string path = UserDatabase();
        using (var sink = new DuckDbSink(path))
        {
            Write(sink, 3);
        }

        using (var sink = new DuckDbSink(path, OutputMode.Overwrite))
        {
            Write(sink, 100, complete: false); // the run fails or is interrupted before it completes
        }

        Count(path, "articles").Should().Be(3, "the replaced tables come back: the transaction rolled back");
        Count(path, "my_notes").Should().Be(1);
    }

    [Fact]
    public void FailedRun_NewDatabase_NothingLeftUnderTheName()
    {
        string path = Path.Combine(folder, "new.duckdb");
        using (var sink = new DuckDbSink(path))
        {
            Write(sink, 5, complete: false);
        }

        File.Exists(path).Should().BeFalse();
        Directory.GetFiles(folder).Should().BeEmpty("the temporary database is removed");
    }

    [Fact]
    public void NotADatabase_OneLineExitThree()
    {
        string path = Path.Combine(folder, "notes.duckdb");
        File.WriteAllText(path, "just text, not a database");
        var error = new StringWriter();
        string input = Path.Combine(folder, "in.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"Troops moved.\"}\n");
        CliApp.Run(["extract", input, "-f", "duckdb", "-o", path, "-q", "--append"], TextWriter.Null, error).Should().Be(ExitCodes.InputOutput);
        error.ToString().Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("newsnlp: cannot write " + path + ": ");
        File.ReadAllText(path).Should().Be("just text, not a database");
    }
}
