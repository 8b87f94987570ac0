using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// "will suspend the unilateral cease-fire decreed on 21 March", "threatening to wreck a cease-fire called by the cleric", "the suspension
/// of the truce decreed by the guerrillas": a truce noun followed by a participle of declaring (<c>declaring-participles</c>) and its
/// maker or day is a truce declared, a fact (GUIDELINES: a declared ceasefire is a de-escalation), whatever the verb before does with it
/// now. The irrealis filter and the embedded-trigger rule read the verb before as governing the truce; this tells them it does not.
/// On the event corpus's train and tune splits the class held 4 gold de-escalations the two rules dropped; over the readable sources
/// (news, MUC-4, AG News, Wikipedia current events) it matches 6 times, all declared truces.
/// </summary>
internal static class DeclaredTruce
{
    private static readonly WordClass DeclaringParticiples = Lexicon.Default.Class("events/declaring-participles");

    /// <summary>True when the de-escalation <paramref name="trigger"/> is followed by a participle of declaring and then "by", "on",
    /// "last" or a preposition of place or time, all before <paramref name="end"/> (the sentence's end).</summary>
    public static bool IsDeclared(Document document, TriggerMatch trigger, int end)
    {
        int p = trigger.LastToken + 1;
        if (trigger.Type != EventTaxonomy.Deescalation || p + 1 >= end || !document.IsWordOf(p, DeclaringParticiples))
        {
            return false;
        }

        ReadOnlySpan<char> next = document.Span(document.Tokens[p + 1]);
        return next.Equals("by", StringComparison.OrdinalIgnoreCase) || next.Equals("on", StringComparison.OrdinalIgnoreCase)
            || next.Equals("last", StringComparison.OrdinalIgnoreCase) || document.IsWordOf(p + 1, EventWords.LocationPrepositions);
    }
}
