using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Text;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// Recall before the builder on the event corpus's train split (session 20, helper ev24r): a truce told as declared ("the truce decreed
/// by", "the ceasefire declared on") is a fact that the verb before it does not govern (<see cref="DeclaredTruce"/>, read by
/// <see cref="IrrealisFilter"/> and <see cref="EmbeddedTriggers"/>); a modifier of combat ("heavy fighting", "fierce clashes") vouches
/// for the weak strike noun in place of the classifier (<see cref="ArmedContext"/>); the bulletins' spelling "threating" is a threat.
/// Invented sentences.
/// </summary>
public sealed class DeclaredTruceRecallTests
{
    private static (Document Document, List<TriggerMatch> Triggers) Find(string text)
    {
        var document = EventFacts.Document(text);
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[0], found);
        return (document, found);
    }

    private static TriggerMatch Truce(Document document, List<TriggerMatch> triggers) => triggers.First(m => m.Type == EventTaxonomy.Deescalation);

    [Theory]
    // A truce declared, with its maker or day: a fact, whatever the clause does with it now.
    [InlineData("The president said he will suspend the unilateral truce decreed on 3 May.", false)]
    [InlineData("THE REBELS ENDED THE SUSPENSION OF THE TRUCE DECREED BY THE ARMY.", false)]
    [InlineData("Officials fear the ruling may end the ceasefire declared last month by the militia.", false)]
    [InlineData("The army would respect the cease-fire proclaimed in the capital.", false)]
    // Without a participle of declaring, or with "called for" (an appeal), the rules judge as before: an offer, a plan, a suspension.
    [InlineData("The president said he will suspend the unilateral truce on 3 May.", true)]
    [InlineData("The rebels offered a truce called for by the bishops.", true)]
    [InlineData("The rebels will propose a ceasefire next week.", true)]
    public void IsIrrealis_DeclaredTruce_IsAFact(string text, bool irrealis)
    {
        var (document, triggers) = Find(text);
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], Truce(document, triggers)).Should().Be(irrealis);
    }

    [Theory]
    // Behind a threat or an appeal, a declared truce is what the threat is about, not its content.
    [InlineData("The gunmen are threatening to wreck a ceasefire called by the cleric.", true)]
    [InlineData("The envoy urged both sides to respect the truce declared on Sunday.", true)]
    // A truce asked for or threatened stays the content.
    [InlineData("The envoy urged both sides to declare a truce.", false)]
    [InlineData("The gunmen are threatening to wreck a ceasefire.", false)]
    public void RemoveEmbedded_DeclaredTruce_Stays(string text, bool kept)
    {
        var (document, triggers) = Find(text);
        triggers.Should().Contain(m => m.Type == EventTaxonomy.Deescalation);
        EmbeddedTriggers.RemoveEmbedded(document, triggers);
        triggers.Any(m => m.Type == EventTaxonomy.Deescalation).Should().Be(kept);
    }

    private static bool Vouches(string text, string word)
    {
        var (document, triggers) = Find(text);
        TriggerMatch match = triggers.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(word, StringComparison.Ordinal));
        return ArmedContext.Vouches(document, document.Sentences[0], match, SenseFilter.BusinessWords(document, document.Sentences[0]));
    }

    [Theory]
    // Combat with no combatant named beside it: the modifier tells the armed sense.
    [InlineData("Aid workers could not reach the district because of the heavy fighting.", "fighting", true)]
    [InlineData("The accord of 2001 ended ethnic fighting in the province.", "fighting", true)]
    [InlineData("FIERCE CLASHES TOOK PLACE IN THE NORTHERN SUBURBS THIS MORNING.", "CLASHES", true)]
    [InlineData("Renewed clashes erupted in the disputed valley on Sunday.", "clashes", true)]
    // Without such a modifier the classifier still decides; "battle" takes no voucher from it ("a fierce battle for confirmation").
    [InlineData("Aid workers could not reach the district because of the fighting.", "fighting", false)]
    [InlineData("The nominee withdrew after a fierce battle for confirmation.", "battle", false)]
    [InlineData("Exporters braced for fierce clashes over farm prices and bank rates.", "clashes", false)]
    public void Vouches_CombatModifier(string text, string word, bool vouched) =>
        Vouches(text, word).Should().Be(vouched);

    [Theory]
    [InlineData("THE TROOPS SEARCHED THE HOUSE, THREATING TO CAPTURE HER SON.")]
    [InlineData("The gang phoned the judge, threating to kill him.")]
    public void Lexicon_Threating_IsAThreat(string text)
    {
        var (_, triggers) = Find(text);
        triggers.Should().Contain(m => m.Type == EventTaxonomy.Threat);
    }
}
