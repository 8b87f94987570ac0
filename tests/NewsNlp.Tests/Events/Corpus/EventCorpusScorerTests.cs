using System.Collections.Immutable;
using NewsNlp.Cli.Evaluation;

namespace NewsNlp.Tests.Events.Corpus;

public sealed class EventCorpusScorerTests
{
    private static CorpusParticipant State(string code) => new(-1, -1, code, "state");

    private static CorpusEvent Gold(string type, string[] actors, string[] targets, bool inScope = true, bool optional = false) =>
        new(type, 0, 1, [.. actors.Select(State)], [.. targets.Select(State)], "positive", "asserted", inScope, optional);

    private static CorpusSentence Sentence(params CorpusEvent[] events) => new("news", "d1", 0, 10, "test", [.. events]);

    [Fact]
    public void Add_SameTypeMatches_CountsTypeAndArguments()
    {
        var scorer = new EventCorpusScorer();
        scorer.Add(Sentence(Gold("strike", ["IR"], ["IQ"])), [new SystemEvent("strike", ["IR"], ["KW"])]);

        scorer.Micro().Should().Be((1, 0, 0));
        EventCorpusScorer.F1(scorer.Micro()).Should().Be(1);
        scorer.Summary()["actors"]!["tp"]!.GetValue<int>().Should().Be(1);
        scorer.Summary()["targets"]!["fp"]!.GetValue<int>().Should().Be(1);
        scorer.Summary()["targets"]!["fn"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void Summary_MatchedArguments_LeaveOutTheEventsNeverFoundAndTheFalseOnes()
    {
        var scorer = new EventCorpusScorer();
        scorer.Add(Sentence(Gold("strike", ["IR"], ["IQ"])), [new SystemEvent("strike", ["IR"], ["KW"])]);
        scorer.Add(Sentence(Gold("appeal", ["UN"], ["IR"])), []);
        scorer.Add(Sentence(), [new SystemEvent("threat", ["US"], ["IR"])]);

        var summary = scorer.Summary();
        summary["arguments"]!["tp"]!.GetValue<int>().Should().Be(1);
        summary["arguments"]!["fp"]!.GetValue<int>().Should().Be(3);
        summary["arguments"]!["fn"]!.GetValue<int>().Should().Be(3);
        summary["matched_actors"]!["tp"]!.GetValue<int>().Should().Be(1);
        summary["matched_targets"]!["fp"]!.GetValue<int>().Should().Be(1);
        summary["matched_targets"]!["fn"]!.GetValue<int>().Should().Be(1);
        summary["matched_arguments"]!["fp"]!.GetValue<int>().Should().Be(1);
        summary["matched_arguments"]!["fn"]!.GetValue<int>().Should().Be(1);
        scorer.FormatTable().Should().Contain("matched: both");
    }

    [Fact]
    public void Add_OutOfScopeGold_SystemEventIsFalseAlarm()
    {
        var scorer = new EventCorpusScorer();
        scorer.Add(Sentence(Gold("threat", ["IR"], ["US"], inScope: false)), [new SystemEvent("threat", ["IR"], ["US"])]);

        scorer.Micro().Should().Be((0, 1, 0));
    }

    [Fact]
    public void Add_OptionalGold_NeverMissed_ButMayMatch()
    {
        var scorer = new EventCorpusScorer();
        scorer.Add(Sentence(Gold("appeal", ["UN"], ["IR"], optional: true)), []);
        scorer.Add(Sentence(Gold("appeal", ["UN"], ["IR"], optional: true)), [new SystemEvent("appeal", ["UN"], [])]);

        scorer.Micro().Should().Be((1, 0, 0));
    }

    [Fact]
    public void Add_WrongType_IsConfusionMissAndFalseAlarm()
    {
        var scorer = new EventCorpusScorer();
        scorer.Add(Sentence(Gold("accusation", ["IR"], ["US"])), [new SystemEvent("threat", ["IR"], ["US"])]);

        scorer.Micro().Should().Be((0, 1, 1));
        scorer.Confused("accusation", "threat").Should().Be(1);
        scorer.Confused("accusation", "(none)").Should().Be(0);
        scorer.FormatTable().Should().Contain("confusion");
    }

    [Fact]
    public void Errors_ListTheSentencesWithAMissOrAFalseEvent_Only()
    {
        var scorer = new EventCorpusScorer();
        scorer.Add(Sentence(Gold("strike", ["IR"], ["IQ"])), [new SystemEvent("strike", ["IR"], ["IQ"])]);
        scorer.Add(Sentence(Gold("accusation", ["IR"], ["US"])), [new SystemEvent("threat", ["IR"], [])]);

        scorer.Errors.Should().ContainSingle().Which.Should().Be("news/d1\t0\t10\taccusation@0-1:IR>US\tthreat:IR>\t0");
        EventCorpusScorer.ErrorHeader.Split('\t').Should().HaveCount(6);
    }

    [Fact]
    public void ArgumentErrors_ListTheMatchedEventsWithOtherCodes_Only()
    {
        var scorer = new EventCorpusScorer();
        scorer.Add(Sentence(Gold("strike", ["IR"], ["IQ"])), [new SystemEvent("strike", ["IR"], ["IQ"])]);
        scorer.Add(Sentence(Gold("strike", ["IR", "IQ"], [])), [new SystemEvent("strike", ["IR"], ["IQ"])]);
        scorer.Add(Sentence(Gold("accusation", ["IR"], ["US"])), [new SystemEvent("threat", ["IR"], [])]);

        scorer.ArgumentErrors.Should().ContainSingle().Which.Should().Be("news/d1\t0\t10\tstrike@0-1:IR,IQ>\tstrike:IR>IQ");
        EventCorpusScorer.ArgumentErrorHeader.Split('\t').Should().HaveCount(5);
    }

    [Fact]
    public void SplitOf_IsStable_AndNearSeventyFifteenFifteen()
    {
        string[] keys = [.. Enumerable.Range(0, 2000).Select(i => $"news/doc-{i}")];
        var counts = keys.GroupBy(k => EventCorpus.SplitOf(k, 15)).ToDictionary(g => g.Key, g => g.Count());

        EventCorpus.SplitOf("news/reuters21578-8980", 15).Should().Be(EventCorpus.SplitOf("news/reuters21578-8980", 15));
        counts["train"].Should().BeInRange(1300, 1500);
        counts["tune"].Should().BeInRange(220, 380);
        counts["report"].Should().BeInRange(220, 380);
    }

    [Fact]
    public void Read_JoinsText_ChecksSha1_KeepsSyntheticApart_AndLeavesOutHeldOutAndBrokenLines()
    {
        string folder = Directory.CreateTempSubdirectory("newsnlp-corpus").FullName;
        try
        {
            const string text = "Iran shelled Basra. Iraq protested.";
            Directory.CreateDirectory(Path.Combine(folder, "news"));
            File.WriteAllLines(Path.Combine(folder, "news", "news.jsonl"),
            [
                $$"""{"id": "a1", "title": null, "published": "1987-05-01", "text": "{{text}}", "source": "reuters"}""",
                $$"""{"id": "h1", "title": null, "published": null, "text": "{{text}}", "source": "wikinews_2019.csv"}""",
            ]);
            string sha1 = EventCorpusReader.Sha1Prefix(text[..19]);
            string corpusFile = Path.Combine(folder, "corpus.jsonl");
            File.WriteAllLines(corpusFile,
            [
                $$"""{"source": "news", "doc": "a1", "start": 0, "end": 19, "sha1": "{{sha1}}", "annotator": "t", "batch": 1, "events": [{"type": "strike", "trigger": [5, 12], "actors": [{"span": [0, 4], "code": "IR", "kind": "state"}], "targets": [{"span": [13, 18], "code": "IQ", "kind": "state"}], "polarity": "positive", "modality": "asserted", "in_scope": true, "optional": false, "date": null}]}""",
                $$"""{"source": "news", "doc": "a1", "start": 0, "end": 19, "sha1": "0000000000", "annotator": "t", "batch": 1, "events": []}""",
                $$"""{"source": "news", "doc": "h1", "start": 0, "end": 19, "sha1": "{{sha1}}", "annotator": "t", "batch": 1, "events": []}""",
                $$"""{"source": "news", "doc": "zz", "start": 0, "end": 19, "sha1": "{{sha1}}", "annotator": "t", "batch": 1, "events": []}""",
                $$"""{"source": "synthetic", "doc": "syn-1", "start": 0, "end": 19, "sha1": "{{sha1}}", "text": "{{text[..19]}}", "synthetic": true, "annotator": "t", "batch": 1, "events": []}""",
            ]);

            EventCorpus corpus = EventCorpusReader.Read([corpusFile], folder);

            corpus.Sentences.Should().ContainSingle();
            corpus.Synthetic.Should().ContainSingle().Which.ArticleKey.Should().Be("synthetic/syn-1");
            corpus.InSplit("all", 15).Should().NotContain(s => s.Source == "synthetic");
            corpus.Sentences[0].Events[0].Actors.Should().Equal([new CorpusParticipant(0, 4, "IR", "state")]);
            corpus.Documents["news/a1"].Published.Should().Be(new DateOnly(1987, 5, 1));
            corpus.Problems.Should().HaveCount(3);
            corpus.Problems.Should().Contain(p => p.Contains("sha1", StringComparison.Ordinal));
            corpus.Problems.Should().Contain(p => p.Contains("held-out", StringComparison.Ordinal));
            corpus.Problems.Should().Contain(p => p.Contains("no such document", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Sha1Prefix_IsTenLowerHexDigitsOfUtf8()
    {
        EventCorpusReader.Sha1Prefix("abc").Should().Be("a9993e3647");
        ImmutableArray<string> types = EventCorpus.Types;
        types.Should().HaveCount(10);
    }
}
