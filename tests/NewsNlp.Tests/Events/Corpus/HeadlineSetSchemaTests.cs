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
    [InlineData("headlines.jsonl", 360, "ann-head-a", "dev", "report")]
    [InlineData("headlines.double.jsonl", 36, "ann-head-b", "dev", "report")]
    [InlineData("headlines11.jsonl", 300, "ann-head11a", "dev2", "report2")]
    [InlineData("headlines11.double.jsonl", 30, "ann-head11b", "dev2", "report2")]
    public void EveryLine_HasItsLabels_AndNoText(string file, int count, string annotator, string devSplit, string reportSplit)
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
            row.GetProperty("split").GetString().Should().BeOneOf(devSplit, reportSplit);
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

    [Fact]
    public void TheSessionElevenBatch_SharesNoHeadlineWithTheFirst_AndItsDoublesAreItsOwn()
    {
        string Dir(string file) => SharedData.RepoPath("data", "annotations", "headlines", file);
        HashSet<string> Docs(string file) => [.. File.ReadAllLines(Dir(file)).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!)];
        Docs("headlines11.jsonl").Should().NotIntersectWith(Docs("headlines.jsonl"));
        Docs("headlines11.double.jsonl").Should().BeSubsetOf(Docs("headlines11.jsonl"));
    }
}
