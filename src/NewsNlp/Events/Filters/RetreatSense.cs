using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Withdrawals that are no de-escalation (GUIDELINES: "an agreed, declared or carried-out ceasefire, truce, withdrawal or easing;
/// not a retreat under fire, a defeat, or a flight"): a withdrawal, pull-out or evacuation told beside a word of retreat, defeat
/// or flight ("troops were hastily evacuating their last stronghold as government forces were advancing"), and an evacuation of
/// people or of an embassy ("evacuated its nationals"), which is a rescue or a precaution.
/// </summary>
internal static class RetreatSense
{
    // Words of a retreat under fire, a defeat or a flight ("hastily", "routed", "advancing").
    private static readonly WordClass RetreatWords = Lexicon.Default.Class("events/retreat-words");

    // People and posts an evacuation takes to safety ("nationals", "residents", "embassy").
    private static readonly WordClass EvacueeNouns = Lexicon.Default.Class("events/evacuee-nouns");

    // "hastily evacuating", "pulled out of the town as rebels were advancing on it": the retreat word stands in the act's own
    // stretch of the sentence, not in a far clause about something else.
    private static readonly TokenWindow RetreatReach = new(8, 12);

    // "evacuated all its nationals", "evacuate the remaining embassy staff": the object follows within four words.
    private static readonly TokenWindow EvacueeReach = new(0, 4);

    /// <summary>True for a de-escalation withdrawal told as a retreat, a defeat or a flight, or an evacuation of people.</summary>
    public static bool IsRetreat(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type != EventTaxonomy.Deescalation || !IsWithdrawal(document, trigger, out bool evacuation))
        {
            return false;
        }

        int from = RetreatReach.StartAt(trigger.FirstToken, sentence), to = RetreatReach.EndAt(trigger.LastToken, sentence);
        for (int t = from; t < to; t++)
        {
            // Inside the trigger's span too: "troops fleeing the offensive withdrew" is one gapped match.
            if (document.IsWordOf(t, RetreatWords))
            {
                return true;
            }
        }

        if (evacuation)
        {
            for (int t = trigger.LastToken + 1; t < EvacueeReach.EndAt(trigger.LastToken, sentence); t++)
            {
                if (document.IsWordOf(t, EvacueeNouns))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the trigger is a withdrawal word (withdraw, withdrawal, pull out, pullout, evacuate), and whether an evacuation.</summary>
    private static bool IsWithdrawal(Document document, TriggerMatch trigger, out bool evacuation)
    {
        evacuation = false;
        bool withdrawal = false;
        for (int t = trigger.FirstToken; t <= trigger.LastToken; t++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word.StartsWith("evacuat", StringComparison.OrdinalIgnoreCase))
            {
                evacuation = withdrawal = true;
            }
            else if (word.StartsWith("withdr", StringComparison.OrdinalIgnoreCase) || word.StartsWith("pull", StringComparison.OrdinalIgnoreCase))
            {
                withdrawal = true;
            }
        }

        return withdrawal;
    }
}
