using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// A combatant beside a weak word of combat or menace vouches for it in place of the sentence classifier, which learnt those words
/// from trade and money news where they are figurative. Invented sentences.
/// </summary>
public sealed class ArmedContextTests
{
    private static TriggerMatch Match(NewsNlp.Text.Document document, string text, string triggerWord)
    {
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, document.Sentences[0], found);
        return found.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(triggerWord, StringComparison.Ordinal));
    }

    private static bool Vouches(string text, string triggerWord)
    {
        var document = EventFacts.Document(text);
        var sentence = document.Sentences[0];
        TriggerMatch match = Match(document, text, triggerWord);
        int business = SenseFilter.BusinessWords(document, sentence);
        return ArmedContext.Vouches(document, sentence, match, business);
    }

    [Theory]
    // Combat nouns and verbs with the combatants beside them.
    [InlineData("Fresh clashes broke out near the pass, leaving four soldiers dead.", "clashes")]
    [InlineData("FIGHTING CONTINUED THIS MORNING BETWEEN ARMY UNITS AND REBEL COLUMNS IN THE VALLEY.", "FIGHTING")]
    [InlineData("Government troops were fighting small bands of insurgents in the hills.", "fighting")]
    [InlineData("The militia mounted a series of assaults on the northern garrison.", "assaults")]
    [InlineData("Guerrilla commandos harassed an army outpost overnight.", "harassed")]
    [InlineData("THE FIRST EXPLOSIONS WERE HEARD AT MIDNIGHT, WHEN THE GUERRILLAS ENTERED THE TOWN.", "EXPLOSIONS")]
    [InlineData("Armed clashes took place in the north of the province on Sunday.", "clashes")]
    // A deliberate act keeps its voucher beside an accident word; only what an accident leaves too (a blast, the dead) loses it.
    [InlineData("The plant closed after rebels dynamited two power pylons.", "dynamited")]
    // Threats of force: a combatant owns them, or violence is their content.
    [InlineData("The mayor resigned after threats from the rebels.", "threats")]
    [InlineData("Several judges received death threats last week.", "threats")]
    [InlineData("The extremists' threats forced dozens of candidates to withdraw.", "threats")]
    public void A_combatant_vouches_for_a_weak_word_of_combat(string text, string trigger) =>
        Vouches(text, trigger).Should().BeTrue();

    [Theory]
    // Figurative senses of ordinary news: nobody armed is fighting.
    [InlineData("The central bank is fighting inflation with higher interest rates.", "fighting")]
    [InlineData("Exporters braced for trade clashes with Washington over farm goods.", "clashes")]
    [InlineData("The bidders were locked in a takeover battle for the brewer.", "battle")]
    [InlineData("The finance minister warned of the threat of recession.", "threat")]
    // Business news with an armed word: the army's suppliers are no combatants.
    [InlineData("Two firms battled for the army's new truck contract worth 300 mln dlrs.", "battled")]
    // An accident: a blast that killed soldiers is no attack.
    [InlineData("A gas explosion at the barracks killed three soldiers.", "explosion")]
    // A strong trigger needs no voucher, and a weak one without the mark gets none ("hit" has too many senses).
    [InlineData("The storm hit the army camp on Monday.", "hit")]
    // A possibility, not an act: a modal or risk word before the trigger leaves the judgement to the classifier.
    [InlineData("More warships could run the risk of a direct military clash with the rebels.", "clash")]
    // A participle after a determiner describes a thing: "the destroyed bridge" tells no act of destroying here.
    [InlineData("Soldiers guarded the destroyed bridge on Monday.", "destroyed")]
    public void No_combatant_or_another_sense_vouches_for_nothing(string text, string trigger) =>
        Vouches(text, trigger).Should().BeFalse();

    [Theory]
    // "deal with" is a verb of handling, not the business deal of the other-sense words.
    [InlineData("The rebels threatened to deal with anyone who votes in the elections.", "threatened", false)]
    [InlineData("Rival bidders threatened the deal on Friday.", "threatened", true)]
    // A labour word beside combatants names a place or a victim, not a walkout.
    [InlineData("Troops of the battalion of La Union were attacked near the river.", "attacked", false)]
    [InlineData("Rebels attacked the workers' camp near the dam.", "attacked", false)]
    [InlineData("Guerrillas blew up the railway tracks east of the capital.", "blew up", false)]
    // Without combatants it still tells a labour dispute.
    [InlineData("The union attacked the wage offer as an insult.", "attacked", true)]
    public void Other_sense_words_and_their_exceptions(string text, string trigger, bool otherSense)
    {
        var document = EventFacts.Document(text);
        SenseFilter.IsOtherSense(document, document.Sentences[0], Match(document, text, trigger)).Should().Be(otherSense);
    }
}
