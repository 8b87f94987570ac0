using NewsNlp.Events;
using NewsNlp.Events.Tagging;
using NewsNlp.Pipeline;
using NewsNlp.Text;

namespace NewsNlp.Tests.Events.Tagging;

/// <summary>The learned trigger tagger: strike words outside the trigger lexicon, negations and other senses, the types it proposes, its cost.</summary>
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
    // Strike wording the lexicon does not hold (issue 15): "seized a garrison", "fired on a helicopter" ("overran" is in the lexicon since trig9).
    [InlineData("Afghan rebels seized a government garrison near the Pakistani border, Pakistan said.")]
    [InlineData("Iranian gunboats fired on an American helicopter in the Gulf on Monday, the Pentagon said.")]
    public void StrikeWordOutsideTheLexicon_GivesAStrike(string text)
    {
        Types(text).Should().Contain("strike");
        Types(text, taggerFloor: 2f).Should().NotContain("strike", "without the tagger the lexicon finds no such word");
    }

    [Theory]
    // Fighting verbs the corpus's train split showed the lexicon missing (trig9): found without the tagger.
    [InlineData("Afghan rebels overran a government garrison near the Pakistani border, Pakistan said.")]
    [InlineData("Iraq said its troops repelled an Iranian attack east of Basra on Monday.")]
    public void StrikeWordOfTheLexicon_GivesAStrikeWithoutTheTagger(string text) =>
        Types(text, taggerFloor: 2f).Should().Contain("strike");

    [Theory]
    // A refused or negated act, a dismissal, a firm's dismissal and a space launch: the same kind of words, no event.
    [InlineData("Government troops refused to retake the town of Khost from the rebels, the Afghan army said.")]
    [InlineData("Rebels did not overrun the garrison, the army said.")]
    [InlineData("The president fired his chief of staff on Monday, the White House said.")]
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
    public void OnlyStrikes_AreProposed()
    {
        // Over ordinary news the other types' proposals were mostly wrong (Events/README.md): "complained to the United Nations" stays unproposed.
        const string text = "Iraq complained to the United Nations that Iranian forces had set up observation posts along the border.";
        var pipeline = ExtractionPipeline.Create();
        using Document document = Document.Analyze(text, Context);
        pipeline.Run(document);
        var index = ActorIndex.Build(document, ExtractedFacts.Of(document));
        var proposed = new List<TriggerMatch>();
        TriggerTagger.Propose(TriggerTagger.Default!, document, document.Sentences[0], index, [], 0f, proposed);
        proposed.Should().NotContain(t => t.Type != EventTaxonomy.Strike);
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
