using System.Text.Json;
using NewsNlp.Cli.Evaluation;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Events.Corpus;

/// <summary>The headline event set (`data/annotations/headlines`): references and labels only, no source text.</summary>
public sealed class HeadlineSetSchemaTests
{
    private static readonly string[] Keys = ["source", "doc", "pool", "split", "annotator", "events"];

    private static readonly string[] EventKeys = ["type", "actors", "targets", "optional"];

    [Theory]
    [InlineData("headlines.jsonl", 360, "ann-head-a")]
    [InlineData("headlines.double.jsonl", 36, "ann-head-b")]
    public void EveryLine_HasItsLabels_AndNoText(string file, int count, string annotator)
    {
        string[] lines = File.ReadAllLines(SharedData.RepoPath("data", "annotations", "headlines", file));
        lines.Should().HaveCount(count);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()).Should().OnlyHaveUniqueItems();
        foreach (string line in lines)
        {
            using JsonDocument parsed = JsonDocument.Parse(line);
            JsonElement row = parsed.RootElement;
            row.EnumerateObject().Select(p => p.Name).Should().Equal(Keys, line);
            row.GetProperty("source").GetString().Should().Be("agnews_world");
            row.GetProperty("split").GetString().Should().BeOneOf("dev", "report");
            row.GetProperty("pool").GetString().Should().BeOneOf("random", "keyword");
            row.GetProperty("annotator").GetString().Should().Be(annotator);
            foreach (JsonElement e in row.GetProperty("events").EnumerateArray())
            {
                e.EnumerateObject().Select(p => p.Name).Should().Equal(EventKeys, line);
                EventCorpus.Types.Should().Contain(e.GetProperty("type").GetString());
                e.GetProperty("optional").ValueKind.Should().BeOneOf(JsonValueKind.True, JsonValueKind.False);
            }
        }
    }
}
