using System.Text.Json;
using NewsNlp.Cli.Evaluation;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Events.Corpus;

/// <summary>The judged output events the verifier's documentation quotes: references and labels only, no source text.</summary>
public sealed class JudgedEventsSchemaTests
{
    private static readonly string[] Keys = ["doc", "index", "type", "actors", "targets", "event_ok", "type_ok", "why"];

    private static readonly string[] BlindKeys = ["doc", "index", "type", "actors", "targets", "event_ok", "type_ok", "actors_ok", "targets_ok", "why", "judge"];

    private static readonly string[] TrainingKeys =
        ["doc", "index", "type", "actors", "targets", "event_ok", "type_ok", "actors_ok", "targets_ok", "right_type", "right_actors", "right_targets", "why", "judge"];

    [Theory]
    [InlineData("events-60-2ce4727.jsonl")]
    [InlineData("events-60-6b3993f.jsonl")]
    public void EveryLine_HasItsLabels_AndNoText(string file) => Check(file, 60, Keys);

    // The blind draw of session 7 (seed 20261213, two judges; the double file holds the second judge's 20 overlapping lines).
    [Theory]
    [InlineData("events-200-700fdca.jsonl", 200)]
    [InlineData("events-200-700fdca.double.jsonl", 20)]
    [InlineData("events-20-added-4f5fa9a.jsonl", 20)]
    public void BlindDraw_HasItsLabels_AndNoText(string file, int count) => Check(file, count, BlindKeys);

    // The verifier's training pools of sessions 8 (seed 20261220) and 9 (seed 20261206), outside the blind draw's articles, with what the judges would code.
    [Theory]
    [InlineData("events-320-6f4fb9a.jsonl", 320)]
    [InlineData("events-320-6f4fb9a.double.jsonl", 20)]
    [InlineData("events-300-6d35a31.jsonl", 300)]
    [InlineData("events-300-6d35a31.double.jsonl", 20)]
    public void TrainingPool_HasItsLabels_AndNoText(string file, int count) => Check(file, count, TrainingKeys);

    // The events sessions 8 and 9's outputs added to the blind draw's measure (judged blind by a third and a fourth judge; `start` keys them for survivors).
    [Theory]
    [InlineData("events-24-added-ba10d23.jsonl", 24)]
    [InlineData("events-10-added-4d8c931.jsonl", 10)]
    [InlineData("events-3-added-4c54d42.jsonl", 3)]
    [InlineData("events-55-place10.jsonl", 55)]
    public void AddedEvents_HaveTheirLabels_AndNoText(string file, int count) =>
        Check(file, count, ["doc", "index", "start", .. TrainingKeys[2..]]);

    // Session 20's development sample outside the no-read articles and the corpus's sentences (seed 2420), with its state at the branch's end.
    [Fact]
    public void OutsideCorpusSample_HasItsLabels_AndNoText() =>
        Check("events-150-ev24p-cdb7d20.jsonl", 150,
            ["draw", "source", "doc", "index", "start", "end", "type", "actors", "targets", "confidence", "event_ok", "type_ok", "actors_ok", "targets_ok",
             "class", "why", "after", "report_split_article"]);

    private static void Check(string file, int count, string[] keys)
    {
        string[] lines = File.ReadAllLines(SharedData.RepoPath("data", "annotations", "judged", file));
        lines.Should().HaveCount(count);
        foreach (string line in lines)
        {
            using JsonDocument parsed = JsonDocument.Parse(line);
            JsonElement row = parsed.RootElement;
            row.EnumerateObject().Select(p => p.Name).Should().Equal(keys, line);
            row.GetProperty("doc").GetString().Should().NotBeNullOrEmpty();
            row.GetProperty("index").GetInt32().Should().BeGreaterThanOrEqualTo(0);
            EventCorpus.Types.Should().Contain(row.GetProperty("type").GetString());
            JsonElement ok = row.GetProperty("event_ok");
            (ok.ValueKind is JsonValueKind.True or JsonValueKind.False || ok.GetString() == "optional").Should().BeTrue(line);
            row.GetProperty("type_ok").ValueKind.Should().BeOneOf(JsonValueKind.True, JsonValueKind.False);
        }
    }
}
