using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Text;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// A party's announcement of its own strike is a threat (<see cref="OwnThreats"/>); a strike named as the cause of a retaliation or as
/// the act a demand would halt is a fact, not the content of the demand (<see cref="EmbeddedTriggers"/>, <see cref="IrrealisFilter"/>);
/// "asked X for explanations" is an appeal. Invented sentences.
/// </summary>
public sealed class OwnThreatTests
{
    private static (Document Document, List<TriggerMatch> Triggers) Find(string text)
    {
        var document = EventFacts.Document(text);
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[0], found);
        return (document, found);
    }

    private static TriggerMatch At(Document document, List<TriggerMatch> triggers, string text, string word) =>
        triggers.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(word, StringComparison.Ordinal));

    [Theory]
    // The speaker in person.
    [InlineData("Our units will attack the enemy garrison at dawn.", "attack", true)]
    [InlineData("In reprisal we will place a bomb in the capital, the rebels said.", "bomb", true)]
    [InlineData("OUR FORCES WILL ATTACK THE BORDER POSTS.", "ATTACK", true)]
    // The speaker reported: its own pronoun after "said" or "warned".
    [InlineData("The rebels said that they would bomb the power stations.", "bomb", true)]
    [InlineData("Ruritania warned it would attack any ship in its waters.", "attack", true)]
    // A vow to carry on.
    [InlineData("Ruritania said its jets had hit two depots and vowed to keep up such raids.", "raids", true)]
    [InlineData("The militia pledged to attack the convoys.", "attack", true)]
    // A third party's forecast, a guess, a negation, a passive, a counterfactual, a vow to stop: no threat.
    [InlineData("Analysts said Ruritania would attack the island.", "attack", false)]
    [InlineData("We believe Ruritania will attack the island.", "attack", false)]
    [InlineData("Officials said they could attack the island.", "attack", false)]
    [InlineData("We will not attack civilians, the commander said.", "attack", false)]
    [InlineData("Our bases will be attacked, the minister said.", "attacked", false)]
    [InlineData("We would have attacked the port.", "attacked", false)]
    [InlineData("The government vowed to stop the attacks.", "attacks", false)]
    [InlineData("Ruritanian troops attacked the border post on Monday.", "attacked", false)]
    public void IsOwnThreat_Speaker_Decides(string text, string word, bool expected)
    {
        var (document, triggers) = Find(text);
        OwnThreats.IsOwnThreat(document, document.Sentences[0], At(document, triggers, text, word)).Should().Be(expected);
    }

    [Fact]
    public void Retype_OwnAnnouncement_BecomesThreatNotJudgedByScope()
    {
        const string text = "Our units will attack the enemy garrison at dawn.";
        var (document, triggers) = Find(text);
        OwnThreats.Retype(document, document.Sentences[0], triggers);
        TriggerMatch attack = At(document, triggers, text, "attack");
        attack.Type.Should().Be(EventTaxonomy.Threat);
        OwnThreats.IsRetyped(attack).Should().BeTrue();
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], attack).Should().BeFalse();
    }

    [Theory]
    // The act paid back is the cause, told as a fact.
    [InlineData("Ruritania destroyed the depot in retaliation for a missile attack on its ship.", "missile", true)]
    [InlineData("Ruritania said it would retaliate for the navy attacks on its platforms.", "attacks", true)]
    // The act a demand would halt is going on.
    [InlineData("The council demanded an immediate halt to the offensive in the north.", "offensive", true)]
    // What is threatened or asked for stays content.
    [InlineData("Ruritania threatened new air raids on the island.", "raids", false)]
    [InlineData("The rebels threatened to attack the convoys.", "attack", false)]
    public void RemoveEmbedded_PresupposedStrike_Stays(string text, string word, bool kept)
    {
        var (document, triggers) = Find(text);
        EmbeddedTriggers.RemoveEmbedded(document, triggers);
        triggers.Any(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(word, StringComparison.Ordinal) && m.Type == EventTaxonomy.Strike)
            .Should().Be(kept);
    }

    [Theory]
    [InlineData("Ruritania said it would retaliate for the navy attacks on its platforms.", "attacks", false)]
    [InlineData("The council demanded an immediate halt to the offensive in the north.", "offensive", false)]
    // A modal still governs the act itself.
    [InlineData("Ruritania said it would attack the platforms.", "attack", true)]
    public void IsIrrealis_NamedCause_IsFact(string text, string word, bool expected)
    {
        var (document, triggers) = Find(text);
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], At(document, triggers, text, word)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Spain asked the Ruritanian government for explanations about the deaths.")]
    [InlineData("The president asked the international community for its mediation.")]
    public void Lexicon_AskedPartyFor_IsAppeal(string text)
    {
        var (_, triggers) = Find(text);
        triggers.Should().Contain(m => m.Type == EventTaxonomy.Appeal);
    }

    [Theory]
    // A visit told as done to a state named right after it.
    [InlineData("The Greek prime minister returned from a visit to Turkey on Sunday.", "visit", true)]
    [InlineData("The president visited Japan last September.", "visited", true)]
    [InlineData("The deal follows several visits to Saudi Arabia by Iraqi officials.", "visits", true)]
    // A plan, an infinitive, a visit to troops: still the classifier's.
    [InlineData("The premier leaves on his first official visit to Japan on Wednesday.", "visit", false)]
    [InlineData("He is the first official to visit Japan this year.", "visit", false)]
    [InlineData("The minister visited the troops in the south.", "visited", false)]
    public void StateVisit_DestinationState_Vouches(string text, string word, bool expected)
    {
        var (document, match) = EventFacts.Trigger(text, word, type: EventTaxonomy.Consultation);
        StateVisit.Vouches(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Theory]
    // The strike is the object the naming verb names: an act told as a fact.
    [InlineData("Iran called the U.S. attacks on its platforms an escalation.", "attacks", false)]
    // The name given, not an act.
    [InlineData("Iraq called it an attack on its sovereignty.", "attack", true)]
    [InlineData("Iran described it as an attack on its territory.", "attack", true)]
    public void IsOtherSense_Characterization_NamesObjectOrName(string text, string word, bool expected)
    {
        var (document, match) = EventFacts.Trigger(text, word, type: EventTaxonomy.Strike);
        SenseFilter.IsOtherSense(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // Talks dated in the past right after them were held, whatever plan the clause tells.
    [InlineData("His mission was to brief the Japanese on the Iraqi president's visit to Turkey last week.", "visit", false)]
    [InlineData("His mission was to brief the Japanese on the Iraqi president's visit to Turkey.", "visit", true)]
    public void IsPlannedMeeting_PastDate_Held(string text, string word, bool expected)
    {
        var (document, match) = EventFacts.Trigger(text, word, type: EventTaxonomy.Consultation);
        TriggerRules.IsPlannedMeeting(document, FutureDates.Of(document, EventFacts.For(text).Dates), document.Sentences[0], match).Should().Be(expected);
    }
}
