using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Talks or a deal named only to date something else: "the dollar has hardly moved since the meeting", "prices have held since the
/// February accord". The sentence reports the later state of affairs; the meeting itself is told (if at all) where it happened, so a
/// trigger that is the object of "since" is a passing mention, no act (as the guidelines' "naming an existing accord": no parties, no
/// report of the act).
/// </summary>
internal static class TimeAnchor
{
    // "since the informal Paris meeting of finance ministers": "since" stands up to five words before the trigger.
    private static readonly TokenWindow AnchorReach = new(5, 0);

    /// <summary>True when a talks, deal or mediation trigger is the noun of a "since" phrase (names, numbers, articles and modifiers between).</summary>
    public static bool IsAnchor(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type is not (EventTaxonomy.Consultation or EventTaxonomy.Agreement or EventTaxonomy.Mediation))
        {
            return false;
        }

        for (int t = trigger.FirstToken - 1; t >= AnchorReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            // "had since met him twice" is the adverb before a verb, a background act told with its parties: the noun needs its article or modifier.
            if (word is "since" or "Since")
            {
                return t < trigger.FirstToken - 1;
            }

            // A pronoun, a verb of saying, a clause opener or punctuation ends the noun phrase: "since they met", "since it said the talks".
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number or TokenKind.Clitic or TokenKind.Dash)
                || document.IsWordOf(t, EventWords.Pronouns) || document.IsWordOf(t, EventWords.SayVerbs) || document.IsWordOf(t, EventWords.ClauseOpeners)
                || document.IsWordOf(t, EventWords.BeForms) || document.IsWordOf(t, EventWords.HaveForms))
            {
                return false;
            }
        }

        return false;
    }
}
