using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests;

public sealed class ReadmeTests
{
    // Keep this method's body identical to the README's Quickstart block (between the usings and the closing fence).
    private static string Quickstart(TextWriter console)
    {
        var extractor = NewsExtractor.Create();
        ArticleRecord record = extractor.Extract(
            "Pakistan recalled its ambassador to Tehran on Friday.",
            new ArticleContext { Id = "example", Published = new DateOnly(2024, 1, 19) });

        foreach (CountryRecord country in record.Countries)
        {
            console.WriteLine($"{country.Code} {country.Name}: {country.MentionCount} mention(s)");
        }

        console.WriteLine(RecordJson.Serialize(record, indented: true));
        return console.ToString()!;
    }

    [Fact]
    public void Quickstart_RunsAndPrintsTheRecord()
    {
        string output = Quickstart(new StringWriter());
        output.Should().Contain("\"id\": \"example\"");
    }

    [Fact]
    public void Readme_QuickstartBlock_MatchesTheCompiledCopy()
    {
        string readme = File.ReadAllText(SharedData.RepoPath("README.md"));
        string block = Between(readme, "```csharp\nusing NewsNlp;\n\n", "```");
        string source = File.ReadAllText(SharedData.RepoPath("tests", "NewsNlp.Tests", "ReadmeTests.cs"));
        string body = Between(source, "private static string Quickstart(TextWriter console)\n    {\n", "        return console.ToString()!;");
        Normalize(body.Replace("console.WriteLine", "Console.WriteLine", StringComparison.Ordinal)).Should().Be(Normalize(block));
    }

    private static string Between(string text, string start, string end)
    {
        int i = text.IndexOf(start, StringComparison.Ordinal);
        i.Should().BeGreaterThanOrEqualTo(0, $"'{start}' should be present");
        i += start.Length;
        int j = text.IndexOf(end, i, StringComparison.Ordinal);
        return text[i..j];
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
