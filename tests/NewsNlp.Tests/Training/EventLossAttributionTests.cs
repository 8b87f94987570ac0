using NewsNlp.Events;
using NewsNlp.Tests.Events;
using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Training;

public sealed class EventLossAttributionTests
{
    private static (EventStage Stage, string? Detail)[] Trace(string text)
    {
        var log = new EventTraceLog();
        EventFacts.Run(new EventExtractor { Trace = log }, EventFacts.Document(text), EventFacts.For(text));
        return [.. log.Triggers.Select(t => (t.Stage, t.Detail))];
    }

    [Theory]
    // A trigger that passes every gate is kept, with the verifier's probability.
    [InlineData("Iran attacked Pakistan on Tuesday.", "Kept", null)]
    // A modal makes the act hypothetical: the irrealis filter drops it, by name.
    [InlineData("Iran could attack Pakistan.", "Rule", "IrrealisFilter.IsIrrealis")]
    // No participant at all: the builder makes nothing, and says why.
    [InlineData("Officials accused the company of fraud on Tuesday.", "Builder", "no party")]
    // The content of an appeal is no event of its own.
    [InlineData("Pakistan called for a ceasefire with Iran.", "Embedded", null)]
    public void Trace_NamesWhereTheTriggerStopped(string text, string stage, string? detail)
    {
        var traced = Trace(text);
        traced.Should().Contain(t => t.Stage.ToString() == stage && (detail == null || t.Detail == detail));
    }

    [Fact]
    public void Trace_DoesNotChangeTheEvents()
    {
        const string text = "Iran attacked Pakistan on Tuesday. Pakistan could attack Iran. China urged restraint by Pakistan and Iran.";
        var plain = EventFacts.Run(new EventExtractor(), EventFacts.Document(text), EventFacts.For(text)).Events;
        var traced = EventFacts.Run(new EventExtractor { Trace = new EventTraceLog() }, EventFacts.Document(text), EventFacts.For(text)).Events;
        traced.Select(e => (e.Type, e.Start, string.Join(",", e.Actors), string.Join(",", e.Targets), e.Confidence))
            .Should().Equal(plain.Select(e => (e.Type, e.Start, string.Join(",", e.Actors), string.Join(",", e.Targets), e.Confidence)));
    }

    private static TracedTrigger At(int start, int end, string type, EventStage stage, string? detail = null) => new(start, end, type, "x", stage, detail, false, "");

    [Theory]
    // Nothing touches the gold trigger: (a).
    [InlineData(new[] { "" }, "a no trigger", "")]
    // Only a trigger of another type overlaps it: (a').
    [InlineData(new[] { "10-15 threat Kept" }, "a' only another type's trigger", "threat")]
    // Of two triggers of the type, the one that got furthest decides: the verifier after the builder.
    [InlineData(new[] { "10-15 strike Builder", "12-15 strike Verifier" }, "e verifier", "0.20")]
    // A filter, by name.
    [InlineData(new[] { "10-15 strike Rule" }, "b filter", "0.20")]
    // Kept and still missed: merged or dropped as a reference.
    [InlineData(new[] { "10-15 strike Kept" }, "f merged or referenced away", "kept")]
    // Not overlapping, but of the type in the same sentence and no other gold event's: it still counts.
    [InlineData(new[] { "30-35 strike Scope" }, "c scope model", "")]
    // Of the type in the sentence, but another gold event's trigger: not this one's.
    [InlineData(new[] { "50-55 strike Kept" }, "a no trigger", "")]
    public void Attribute_PutsTheMissAtTheFurthestStage(string[] traced, string expectedClass, string expectedDetail)
    {
        var triggers = traced.Where(t => t.Length > 0).Select(t => t.Split(' ')).Select(p =>
            At(int.Parse(p[0].Split('-')[0]), int.Parse(p[0].Split('-')[1]), p[1], Enum.Parse<EventStage>(p[2]), "0.20")).ToList();
        (string cls, string detail, _) = EventLossAttribution.Attribute("strike", 10, 15, 0, 100, [(50, 56)], triggers);
        cls.Should().Be(expectedClass);
        detail.Should().Be(expectedDetail);
    }

    [Fact]
    public void Match_PairsByTypeAndArguments_RequiredFirst()
    {
        (string, bool, string[], string[])[] gold = [("strike", true, ["IR"], ["PK"]), ("strike", false, ["PK"], ["IR"]), ("appeal", false, ["UN"], [])];
        (string, string[], string[])[] system = [("strike", ["IR"], ["PK"]), ("threat", ["UN"], [])];
        // One strike for two gold strikes: the required one takes it, although the optional one shares more codes.
        EventLossAttribution.Match(gold, system).Should().Equal(-1, 0, -1);
    }

    [Fact]
    public void ExplainEvents_UnreadableExcludeList_Refuses()
    {
        // "a|b" as one argument names no file: the run must stop, not read the articles the lists keep out.
        string output = Path.Combine(Path.GetTempPath(), "explain-events-" + Guid.NewGuid().ToString("N") + ".tsv");
        int code = NewsNlp.Training.Commands.ExplainEventsCommand.Create()
            .Parse(["corpus-folder", "--split", "tune", "--exclude-ids", "no-such-list.txt|other.txt", "-o", output]).Invoke();
        code.Should().Be(2);
        File.Exists(output).Should().BeFalse();
    }
}
