using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// Recall of the weak types (session 17): a threat noun or protest whose maker is a named party stands without the classifier's vote
/// (<see cref="PartyMaker"/>); a negated reaction to a threat does not deny the threat (<see cref="IrrealisFilter"/>); troops that
/// entered, rolled or marched somewhere are a mobilization, and "patroling" is "patrolling" (trigger lexicon). Invented sentences.
/// </summary>
public sealed class WeakTypeRecallTests
{
    [Theory]
    // The maker owns the noun: a possessive, a state's head noun, an adjective or name right before it.
    [InlineData("Iraq's threats to close the strait alarmed the shippers.", true)]
    [InlineData("The Iranian government's threats to cut relations were repeated on Monday.", true)]
    [InlineData("U.S. threats of sanctions against Japan have grown louder.", true)]
    [InlineData("The Iranian threats against Kuwait were repeated on Monday.", true)]
    // The maker after "by".
    [InlineData("The shippers took seriously the threats by Iran against tankers.", true)]
    // The danger sense: what is threatened or what may happen, never who threatens.
    [InlineData("The threat to shipping in the Gulf has grown, analysts said.", false)]
    [InlineData("The threat of a trade war with Japan worried the markets.", false)]
    [InlineData("Officials spoke of the threat from Islamic militants in the region.", false)]
    [InlineData("Officials spoke of the threat from Iran to the shipping lanes.", false)]
    [InlineData("The threats by Iranian officials were repeated on Monday.", false)]
    [InlineData("The Iranian missile threat has grown, analysts said.", false)]
    public void PartyMaker_NamedMaker_Vouches(string text, bool expected)
    {
        var (document, match) = EventFacts.Trigger(text, text.Contains("threats", StringComparison.Ordinal) ? "threats" : "threat", type: EventTaxonomy.Threat);
        PartyMaker.Vouches(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Theory]
    // A state protesting: the subject right before the verb (across auxiliaries and adverbs), an adjective, "from" + a state.
    [InlineData("Turkey has protested to the European Union about the new duties.", "protested", true)]
    [InlineData("Japan today formally protested against the seizure of its ship.", "protested", true)]
    [InlineData("He did not say in what form the Greek protest was made.", "protest", true)]
    [InlineData("The bank kept its decision despite protests from China.", "protests", true)]
    // Farmers, students or a crowd protesting, a boycott in protest: no party makes it.
    [InlineData("Japanese farmers protested against the cut in rice prices.", "protested", false)]
    [InlineData("Thousands of students marched in protest at the new law.", "protest", false)]
    [InlineData("The protests by Iranian students continued on Monday.", "protests", false)]
    public void PartyMaker_StateProtest_Vouches(string text, string word, bool expected)
    {
        var (document, match) = EventFacts.Trigger(text, word, type: EventTaxonomy.Accusation);
        PartyMaker.Vouches(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Fact]
    public void PartyMaker_OtherTypes_DoNotVouch()
    {
        const string text = "The Iranian government's warning was repeated on Monday.";
        var (document, match) = EventFacts.Trigger(text, "warning", type: EventTaxonomy.Threat);
        PartyMaker.Vouches(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().BeFalse();
    }

    [Theory]
    // The negation denies the reaction; the threat it reacts to was made.
    [InlineData("The president said his government will not bow to terrorist threats.", false)]
    [InlineData("The general did not believe the U.S. threats and stayed in power.", false)]
    [InlineData("The oil companies say they will not give in to threats of attacks by the militias.", false)]
    // "any" makes the threat hypothetical; a negated making of a threat denies it.
    [InlineData("The president said his government will not bow to any threats.", true)]
    [InlineData("The ministry said Iraq had not made threats against Kuwait.", true)]
    public void IsIrrealis_NegatedReaction_ThreatStands(string text, bool expected)
    {
        var (document, match) = EventFacts.Trigger(text, "threat", type: EventTaxonomy.Threat);
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    [InlineData("Ruritanian troops entered the border town of Alba on Monday.")]
    [InlineData("Two army battalions have entered the capital.")]
    [InlineData("British troops have rolled north from the port to take over the area.")]
    [InlineData("Government soldiers marched into the rebel stronghold.")]
    [InlineData("Army troops are patroling the gas stations of the capital.")]
    public void Lexicon_TroopMovement_IsMobilization(string text)
    {
        var document = EventFacts.Document(text);
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[0], found);
        found.Should().Contain(m => m.Type == EventTaxonomy.Mobilization);
    }

    [Theory]
    // Entering without a force as the subject: no deployment.
    [InlineData("The company entered the Japanese market last year.")]
    [InlineData("Inflation rolled back to two percent.")]
    public void Lexicon_NoForce_NoMobilization(string text)
    {
        var document = EventFacts.Document(text);
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[0], found);
        found.Should().NotContain(m => m.Type == EventTaxonomy.Mobilization);
    }
}
