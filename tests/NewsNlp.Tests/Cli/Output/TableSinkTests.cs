using DuckDB.NET.Data;
using NewsNlp.Cli.Output;
using NewsNlp.Cli.Pipeline;

namespace NewsNlp.Tests.Cli.Output;

public sealed class TableSinkTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-sinks-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void WriteAll(IRecordSink sink, int articles, int errors)
    {
        for (int i = 0; i < articles + errors; i++)
        {
            ProcessedArticle a = i < articles ? SampleRecords.Article(i) : SampleRecords.Error(i);
            sink.Prepare(a);
            sink.Write(a);
        }

        sink.Complete();
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        object? value = command.ExecuteScalar();
        return value is System.Numerics.BigInteger big ? (long)big : Convert.ToInt64(value);
    }

    [Fact]
    public void DuckDb_SampleRecords_TablesQueryableWithListColumns()
    {
        string path = Path.Combine(folder, "out.duckdb");
        using (var sink = new DuckDbSink(path))
        {
            WriteAll(sink, articles: 10, errors: 2);
        }

        using var connection = new DuckDBConnection("Data Source=" + path);
        connection.Open();
        Scalar(connection, "SELECT count(*) FROM articles").Should().Be(12);
        Scalar(connection, "SELECT count(*) FROM articles WHERE error IS NOT NULL").Should().Be(2);
        Scalar(connection, "SELECT count(*) FROM events").Should().Be(20);
        Scalar(connection, "SELECT count(*) FROM people").Should().Be(5);
        // The issue's query: lists are real DuckDB lists, so they group.
        Scalar(connection, "SELECT count(*) FROM (SELECT actors, count(*) FROM events GROUP BY 1)").Should().Be(2);
        Scalar(connection, "SELECT count(*) FROM events WHERE list_contains(targets, 'IR')").Should().Be(10);
        Scalar(connection, "SELECT count(*) FROM events WHERE len(actors) = 0").Should().Be(10);
        Scalar(connection, "SELECT sum(count) FROM casualties").Should().Be(90);
        Scalar(connection, "SELECT count(*) FROM organizations WHERE name = 'UN' AND full_name = 'United Nations' AND first_start = 10").Should().Be(10);
        Scalar(connection, "SELECT sum(organizations) FROM articles").Should().Be(10);
        Scalar(connection, "SELECT count(*) FROM dates WHERE date = DATE '2024-01-18'").Should().Be(10);
        Scalar(connection, "SELECT sum(mention_count) FROM events").Should().Be(20);
        // Casualty sums per country by scope, and TIMEX3 values, straight from SQL.
        Scalar(connection, "SELECT sum(count) FROM casualties WHERE scope = 'event' AND country = 'IR'").Should().Be(90);
        Scalar(connection, "SELECT sum(mention_count) FROM casualties").Should().Be(10);
        Scalar(connection, "SELECT count(*) FROM dates WHERE timex_type = 'DATE' AND timex_value = '2024-01-18' AND mod IS NULL").Should().Be(10);
    }

    [Fact]
    public void Parquet_SampleRecords_DuckDbReadsSameRowsAndLists()
    {
        string out_ = Path.Combine(folder, "pq");
        using (var sink = new ParquetTablesSink(out_))
        {
            WriteAll(sink, articles: 10, errors: 2);
        }

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        string F(string table) => "'" + Path.Combine(out_, table + ".parquet") + "'";
        Scalar(connection, $"SELECT count(*) FROM {F("articles")}").Should().Be(12);
        Scalar(connection, $"SELECT count(*) FROM {F("events")}").Should().Be(20);
        Scalar(connection, $"SELECT count(*) FROM {F("countries")}").Should().Be(20);
        Scalar(connection, $"SELECT count(*) FROM {F("events")} WHERE list_contains(targets, 'IR')").Should().Be(10);
        Scalar(connection, $"SELECT count(*) FROM {F("events")} WHERE len(actors) = 0").Should().Be(10);
        Scalar(connection, $"SELECT count(*) FROM {F("casualties")} WHERE len(groups) = 2 AND groups[2] = 'children'").Should().Be(10);
        Scalar(connection, $"SELECT count(*) FROM {F("events")} WHERE casualties = [0]").Should().Be(10);
        Scalar(connection, $"SELECT count(*) FROM {F("dates")} WHERE date = DATE '2024-01-18'").Should().Be(10);
        Scalar(connection, $"SELECT count(*) FROM {F("organizations")} WHERE kind = 'international'").Should().Be(10);
        Scalar(connection, $"SELECT sum(count) FROM {F("casualties")} WHERE scope = 'event' AND country = 'IR'").Should().Be(90);
        Scalar(connection, $"SELECT count(*) FROM {F("dates")} WHERE timex_value = '2024-01-18'").Should().Be(10);
    }

    [Fact]
    public void Parquet_MoreRowsThanOneRowGroup_AllRowsWritten()
    {
        string out_ = Path.Combine(folder, "big");
        int articles = ParquetTablesSink.RowGroupSize / 2 + 7;
        using (var sink = new ParquetTablesSink(out_))
        {
            WriteAll(sink, articles, errors: 0);
        }

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Scalar(connection, $"SELECT count(*) FROM '{Path.Combine(out_, "events.parquet")}'").Should().Be(articles * 2);
    }

    [Fact]
    public void Csv_SampleRecords_OneFilePerTableWithHeaderAndQuotedLists()
    {
        string out_ = Path.Combine(folder, "csv");
        using (var sink = new CsvTablesSink(out_))
        {
            WriteAll(sink, articles: 3, errors: 1);
        }

        Directory.GetFiles(out_).Select(Path.GetFileName).Should().BeEquivalentTo("articles.csv", "countries.csv", "people.csv", "casualties.csv", "dates.csv", "events.csv", "organizations.csv");
        string[] events = File.ReadAllLines(Path.Combine(out_, "events.csv"));
        events.Should().HaveCount(1 + 6);
        events[0].Should().StartWith("article_id,event_index,type,cameo,plover,actors,targets");
        events[1].Should().StartWith("a0,0,attack,195,ATTACK,\"[\"\"PK\"\"]\",\"[\"\"IR\"\"]\",,2024-01-18,[],[0],0.8,,\"Pakistan struck militant hideouts in Iran on Thursday, killing nine people, officials said.\",0,");
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Scalar(connection, $"SELECT count(*) FROM read_csv('{Path.Combine(out_, "articles.csv")}', header = true)").Should().Be(4);
    }

    [Theory]
    [InlineData("plain", "plain")] // nothing to quote
    [InlineData("a,b", "\"a,b\"")] // a comma needs quotes
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")] // quotes are doubled inside quotes
    [InlineData("two\nlines", "\"two\nlines\"")] // a line break stays inside quotes
    public void Escape_Field_Rfc4180(string value, string expected) => CsvTablesSink.Escape(value).Should().Be(expected);
}
