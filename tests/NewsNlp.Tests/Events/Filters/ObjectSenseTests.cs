using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>Criticism of an economic matter that names no party, and the figurative "under attack for". Invented sentences.</summary>
public sealed class ObjectSenseTests
{
    private static (NewsNlp.Text.Document Document, TriggerMatch Match, ActorIndex Index) Trigger(string text, string triggerWord)
    {
        var document = EventFacts.Document(text);
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[0], found);
        TriggerMatch match = found.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(triggerWord, StringComparison.Ordinal));
        return (document, match, ActorIndex.Build(document, EventFacts.For(text)));
    }

    [Theory]
    // Blame for a market movement, no party: not an accusation between parties.
    [InlineData("The minister blamed the shrinkage of foreign business on the dollar's fall.", "blamed", true)]
    // Criticism of an idea about debt.
    [InlineData("Kakar also criticised the concept of short-term debt relief.", "criticised", true)]
    // A party's policy criticised by name stays (the corpus counts it).
    [InlineData("Jilani criticised a rise in Japanese interest rates.", "criticised", false)]
    // A capitalised body the index does not know may be a state's: stays.
    [InlineData("Jilani criticised the Bundesbank rate increases.", "criticised", false)]
    // A party accused directly stays.
    [InlineData("Iran accused Iraq of attacking its oil exports.", "accused", false)]
    // Conflict content stays.
    [InlineData("The minister blamed the fall in oil exports on the war.", "blamed", false)]
    public void IsEconomicCriticism_Sentence_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match, ActorIndex index) = Trigger(text, trigger);
        ObjectSense.IsEconomicCriticism(document, document.Sentences[0], match, index).Should().Be(expected);
    }

    [Theory]
    // Figurative: criticism of a minister.
    [InlineData("The finance minister has come under increasing attack over the resignation of his deputy.", "attack", true)]
    [InlineData("Japan is now under attack for cut-throat selling of banking services.", "attack", true)]
    // An armed force in the sentence: a real attack.
    [InlineData("The convoy came under attack from rebels near the border.", "attack", false)]
    // A named attacker between "under" and the noun.
    [InlineData("Kuwaiti tankers came under repeated Iranian attack from the air.", "attack", false)]
    public void IsFigurativeAttack_Sentence_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match, _) = Trigger(text, trigger);
        ObjectSense.IsFigurativeAttack(document, document.Sentences[0], match).Should().Be(expected);
    }
}
