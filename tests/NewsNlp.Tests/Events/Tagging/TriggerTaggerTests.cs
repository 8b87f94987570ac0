using NewsNlp.Events;
using NewsNlp.Events.Tagging;
using NewsNlp.Pipeline;
using NewsNlp.Text;

namespace NewsNlp.Tests.Events.Tagging;

/// <summary>The learned trigger tagger: words outside the trigger lexicon, its negations and other senses, and its cost.</summary>
public sealed class TriggerTaggerTests
{
    private static readonly ArticleContext Context = new() { Published = new DateOnly(1987, 3, 10) };

    private static List<string> Types(string text, float taggerFloor = EventExtractor.DefaultTaggerFloor)
    {
        var pipeline = ExtractionPipeline.Create(events: new EventExtractor { TaggerFloor = taggerFloor });
        using Document document = Document.Analyze(text, Context);
        pipeline.Run(document);
        return [.. NewsNlp.Records.Building.RecordBuilder.Build(document, Context).Events.Select(e => e.Type)];
    }

    [Theory]
    // Wording the lexicon does not hold (issue 15): "complained to the United Nations", "set up observation posts", "overran a garrison".
    [InlineData("Iraq complained to the United Nations that Iranian forces had shelled the border town of Mandali.", "accusation")]
    [InlineData("Syria set up observation posts along the border with Lebanon, the Lebanese army said.", "mobilization")]
    [InlineData("Afghan rebels overran a government garrison near the Pakistani border, Pakistan said.", "strike")]
    public void WordOutsideTheLexicon_GivesItsEvent(string text, string type)
    {
        Types(text).Should().Contain(type);
        Types(text, taggerFloor: 2f).Should().NotContain(type, "without the tagger the lexicon finds no such word");
    }

    [Theory]
    // A refused act, a firm's dismissal and a space launch: the same kind of words, no event.
    [InlineData("Government troops refused to retake the town of Khost from the rebels, the Afghan army said.")]
    [InlineData("The company fired its chief executive on Monday after a profit warning, the firm said.")]
    [InlineData("The rocket lifted off from Cape Canaveral on Monday in a test of the space agency's launch programme.")]
    public void NegatedActOrOtherSense_GivesNoEvent(string text) =>
        Types(text).Should().BeEmpty();

    [Fact]
    public void TypeTheLexiconFound_IsNotProposedAgain()
    {
        const string text = "Iraqi warplanes bombed an Iranian oil terminal and rebels overran a garrison near the border.";
        var pipeline = ExtractionPipeline.Create();
        using Document document = Document.Analyze(text, Context);
        pipeline.Run(document);
        var index = ActorIndex.Build(document, ExtractedFacts.Of(document));
        var lexicon = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[0], lexicon);
        lexicon.Should().Contain(t => t.Type == EventTaxonomy.Strike);
        var proposed = new List<TriggerMatch>();
        TriggerTagger.Propose(TriggerTagger.Default!, document, document.Sentences[0], index, lexicon, 0f, proposed);
        proposed.Should().NotContain(t => t.Type == EventTaxonomy.Strike);
        proposed.Should().NotContain(p => lexicon.Exists(t => t.FirstToken <= p.LastToken && p.FirstToken <= t.LastToken));
    }

    [Fact]
    public void Propose_AllocatesNothingPerWord()
    {
        const string text = "The finance ministers of the two countries discussed the budget, the central bank and the outlook for growth in the coming year.";
        var pipeline = ExtractionPipeline.Create();
        using Document document = Document.Analyze(text, Context);
        pipeline.Run(document);
        var index = ActorIndex.Build(document, ExtractedFacts.Of(document));
        var lexicon = new List<TriggerMatch>();
        var proposed = new List<TriggerMatch>(8);
        TriggerTagger.Propose(TriggerTagger.Default!, document, document.Sentences[0], index, lexicon, 2f, proposed); // warm: buffers, model, layers
        long before = GC.GetAllocatedBytesForCurrentThread();
        TriggerTagger.Propose(TriggerTagger.Default!, document, document.Sentences[0], index, lexicon, 2f, proposed);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }
}
