using NewsNlp.Cli.Input;

namespace NewsNlp.Tests.Cli.Input;

public sealed class CsvReaderTests
{
    private static List<List<string>> ReadAll(string csv)
    {
        var reader = new CsvReader(new StringReader(csv));
        var records = new List<List<string>>();
        while (reader.TryReadRecord(out var fields, out _, out string? error))
        {
            error.Should().BeNull();
            records.Add(fields);
        }

        return records;
    }

    [Theory]
    [InlineData("id,text\n1,Troops moved.\n", 2, 1, "Troops moved.")] // plain LF file
    [InlineData("id,text\r\n1,Troops moved.\r\n", 2, 1, "Troops moved.")] // CRLF line ends
    [InlineData("id,text\n1,\"Kabul, Afghanistan\"\n", 2, 1, "Kabul, Afghanistan")] // a quoted comma stays in the field
    [InlineData("id,text\n1,\"He said \"\"no\"\".\"\n", 2, 1, "He said \"no\".")] // doubled quotes inside quotes
    [InlineData("id,text\n1,\"Line one.\nLine two.\"\n", 2, 1, "Line one.\nLine two.")] // a line break inside quotes
    [InlineData("id,text\n1,\"Line one.\r\nLine two.\"", 2, 1, "Line one.\r\nLine two.")] // CRLF inside quotes, no final newline
    [InlineData("id,text\n1,\n", 2, 1, "")] // an empty last field
    public void TryReadRecord_Rfc4180Cases_ReadsFields(string csv, int records, int column, string expected)
    {
        var all = ReadAll(csv);
        all.Should().HaveCount(records);
        all[1][column].Should().Be(expected);
    }

    [Fact]
    public void TryReadRecord_MultilineField_ReportsStartLineOfEachRecord()
    {
        var reader = new CsvReader(new StringReader("id,text\n1,\"a\nb\nc\"\n2,d\n"));
        reader.TryReadRecord(out _, out long header, out _).Should().BeTrue();
        reader.TryReadRecord(out _, out long first, out _).Should().BeTrue();
        reader.TryReadRecord(out _, out long second, out _).Should().BeTrue();
        (header, first, second).Should().Be((1L, 2L, 5L));
    }

    [Fact]
    public void TryReadRecord_UnterminatedQuote_ReturnsError()
    {
        var reader = new CsvReader(new StringReader("id,text\n1,\"never closed\n"));
        reader.TryReadRecord(out _, out _, out _);
        reader.TryReadRecord(out _, out _, out string? error).Should().BeTrue();
        error.Should().Be(NewsNlp.Cli.CliMessages.CsvUnterminatedQuote);
    }

    [Fact]
    public void Read_CsvArticles_PassesExtraColumnsAndChecksPublished()
    {
        string csv = "id,title,text,published,url\r\nk1,Headline,\"Troops, tanks.\",2024-01-19,http://x/1\r\nk2,,Text two.,19/01/2024,http://x/2\r\nk3,,only three\r\n";
        var items = CsvArticleReader.Read(new StringReader(csv), "in.csv", null, Shard.All).ToList();
        items.Should().HaveCount(3);
        items[0].Should().Match<InputArticle>(a => a.Id == "k1" && a.Title == "Headline" && a.Text == "Troops, tanks." && a.Published == new DateOnly(2024, 1, 19) && a.Origin == "in.csv:2");
        items[0].Extras.Select(e => e.Key + "=" + e.Value).Should().Equal("url=\"http://x/1\"");
        items[1].Error.Should().Be(NewsNlp.Cli.CliMessages.InvalidPublished("19/01/2024"));
        items[2].Error.Should().Be(NewsNlp.Cli.CliMessages.CsvFieldCount(3, 5));
    }
}
