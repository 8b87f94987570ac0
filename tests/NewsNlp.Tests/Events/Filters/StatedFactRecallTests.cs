using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Text;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// Recall on the event corpus's train split (session 19, helper ev22r): a strike named after a fact preposition behind an appeal,
/// threat or mediation is a past act or one going on, not the content of the demand (<see cref="EmbeddedTriggers"/>); wordings the
/// lexicon lacked: arms laid down (de-escalation), an ambassador recalled in the passive (downgrade), troops brought into a place
/// (mobilization), a truce or accord broken, violated or not respected (accusation). Invented sentences.
/// </summary>
public sealed class StatedFactRecallTests
{
    private static (Document Document, List<TriggerMatch> Triggers) Find(string text)
    {
        var document = EventFacts.Document(text);
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[0], found);
        return (document, found);
    }

    private static bool HasStrike(Document document, List<TriggerMatch> triggers, string text, string word) =>
        triggers.Any(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(word, StringComparison.Ordinal) && m.Type == EventTaxonomy.Strike);

    [Theory]
    // The cause or circumstance of the demand or threat, told as a fact.
    [InlineData("The rebels demanded protection for the unions following the attack on their offices.", "attack", true)]
    [InlineData("The mayor received death threats after the bombing of the town hall.", "bombing", true)]
    [InlineData("Residents are urged to leave the district because heavy shelling continues there.", "shelling", true)]
    [InlineData("The bishop called for calm amid renewed attacks on the villages.", "attacks", true)]
    [InlineData("Ruritania called for calm because of the air raids on its ports.", "air", true)]
    // What is demanded or threatened stays content; so does a strike behind a threat of it, and "by" names the menace.
    [InlineData("The rebels threatened to attack the convoys after the deadline.", "attack", false)]
    [InlineData("The militia threatened new attacks since the talks had failed.", "attacks", false)]
    [InlineData("The guerrillas demanded talks because of the threat of an offensive.", "offensive", false)]
    public void RemoveEmbedded_StatedFact_Stays(string text, string word, bool kept)
    {
        var (document, triggers) = Find(text);
        HasStrike(document, triggers, text, word).Should().BeTrue();
        EmbeddedTriggers.RemoveEmbedded(document, triggers);
        HasStrike(document, triggers, text, word).Should().Be(kept);
    }

    [Theory]
    [InlineData("The guerrilla group laid down its weapons on Friday.", EventTaxonomy.Deescalation)]
    [InlineData("THE REBELS LAID DOWN THEIR ARMS IN THE MOUNTAINS.", EventTaxonomy.Deescalation)]
    [InlineData("He said his ambassador to Ruritania has been recalled.", EventTaxonomy.DiplomaticDowngrade)]
    [InlineData("The Ruritanian envoys were recalled on Monday.", EventTaxonomy.DiplomaticDowngrade)]
    [InlineData("Troops from the north were brought into the capital.", EventTaxonomy.Mobilization)]
    [InlineData("The colonels are bringing troops into the city.", EventTaxonomy.Mobilization)]
    // A party said to have broken, violated or not respected a truce or an accord: an accusation.
    [InlineData("THE ARMY SAID THAT THE REBELS HAVE BROKEN THE UNILATERAL TRUCE.", EventTaxonomy.Accusation)]
    [InlineData("The guerrillas continued; they broke the agreement.", EventTaxonomy.Accusation)]
    [InlineData("Ruritania said Ostland had violated the border accords.", EventTaxonomy.Accusation)]
    [InlineData("The president said the rebels have failed to respect the ceasefire.", EventTaxonomy.Accusation)]
    [InlineData("He suspended relations because of the flagrant violation of the peace agreements.", EventTaxonomy.Accusation)]
    public void Lexicon_NewWordings_Found(string text, string type)
    {
        var (_, triggers) = Find(text);
        triggers.Should().Contain(m => m.Type == type);
    }

    [Theory]
    // Other senses: rules laid down, an ambassador who remembers, soldiers who bring goods, troops brought home.
    [InlineData("The rules laid down for arms sales were tightened.", EventTaxonomy.Deescalation)]
    [InlineData("The ambassador recalled that the treaty was signed in 1950.", EventTaxonomy.DiplomaticDowngrade)]
    [InlineData("The soldiers brought food to the villagers.", EventTaxonomy.Mobilization)]
    [InlineData("The government brought the troops home.", EventTaxonomy.Mobilization)]
    // Talks broken off on an accord, a breach of a contract: no accusation.
    [InlineData("The negotiators broke off talks on a trade agreement.", EventTaxonomy.Accusation)]
    [InlineData("The firm was sued for breach of a supply contract.", EventTaxonomy.Accusation)]
    public void Lexicon_OtherSenses_NotFound(string text, string type)
    {
        var (_, triggers) = Find(text);
        triggers.Should().NotContain(m => m.Type == type);
    }
}
