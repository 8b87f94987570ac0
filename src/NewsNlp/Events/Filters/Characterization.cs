using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// A strike word that is the name a speaker gives an act ("calling it an aggression on Iraq", "described as an attack"): the accusation
/// reports it, no strike of its own (<see cref="SenseFilter"/> asks). The object such a verb names is another matter: "called the U.S.
/// attacks on its platforms an escalation" tells the attacks as a fact.
/// </summary>
internal static class Characterization
{
    // "calling it an aggression", "described as an attack": the naming verb stands a few words before.
    private static readonly TokenWindow CharacterizationReach = new(4, 0);

    // "called the U.S. attacks ...", "described Iraq's raids ...": a definite object after a naming verb.
    private static readonly WordClass DefiniteOpeners = Lexicon.Default.Class("events/definite-openers");

    /// <summary>True when a naming verb a few words before makes <paramref name="trigger"/> the name given, not the object named.</summary>
    public static bool IsName(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= CharacterizationReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            if (document.IsWordOf(t, EventWords.CharacterizationVerbs))
            {
                return !NamesItsObject(document, t, trigger);
            }
        }

        return false;
    }

    /// <summary>
    /// "called the U.S. attacks on its platforms an escalation", "described the Iraqi raids as a crime": the strike is the object the verb
    /// names, an act told as a fact, not the name given ("calling it an aggression", "described as an attack", "termed an invasion"): a
    /// definite determiner or possessive opens the object right after the verb and no "as", "a" or "an" stands before the trigger.
    /// </summary>
    private static bool NamesItsObject(Document document, int verb, TriggerMatch trigger)
    {
        if (!document.IsWordOf(verb + 1, DefiniteOpeners))
        {
            return false;
        }

        for (int t = verb + 2; t < trigger.FirstToken; t++)
        {
            if (document.Span(document.Tokens[t]) is "as" or "a" or "an" or "AS" or "A" or "AN")
            {
                return false;
            }
        }

        return true;
    }
}
