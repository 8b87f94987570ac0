using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Talks in a future or wished clause, further from the auxiliary than <see cref="IrrealisFilter"/>'s
/// five-word look-back reaches: "Shultz would go to Moscow next month for talks", "they will then
/// return to Geneva for detailed negotiations", and a meeting noun as the subject of a modal, "this
/// weekend's meeting of coffee producers here will call for", "formal talks on the debt should begin".
/// </summary>
internal static class FutureClause
{
    // "will then return to Geneva for detailed negotiations on the pact": the auxiliary heads the clause up to twelve tokens before.
    private static readonly TokenWindow AuxiliaryReach = new(12, 0);

    // "a Peruvian invitation for ministerial-level talks": the proposal noun stands up to four tokens before.
    private static readonly TokenWindow ProposalReach = new(4, 0);

    // "This weekend's meeting of Latin American coffee producers here will call": the modal follows the noun's phrase within eight tokens.
    private static readonly TokenWindow ModalReach = new(0, 8);

    /// <summary>True when talks or mediation stand in a clause headed by a future auxiliary, or are the subject of a modal.</summary>
    public static bool IsFuture(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type is not (EventTaxonomy.Consultation or EventTaxonomy.Mediation))
        {
            return false;
        }

        return AuxiliaryBefore(document, sentence, trigger) || ModalAfter(document, sentence, trigger) || PlanAdjectiveBefore(document, sentence, trigger)
            || ProposedBefore(document, sentence, trigger);
    }

    /// <summary>"an invitation for ministerial-level talks", "the proposal to open negotiations": a proposal noun governing the talks through "for", "to" or "of".</summary>
    private static bool ProposedBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 2; t >= sentence.FirstToken && t >= ProposalReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            if (document.Is(t, EventWords.TalksProposalNouns) && document.Span(document.Tokens[t + 1]) is "for" or "to" or "of")
            {
                return true;
            }

            if (EndsClause(document, t))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a probable meeting", "the prospective trade negotiations": a plan adjective right before the noun, one modifier at most between.</summary>
    private static bool PlanAdjectiveBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - 2; t--)
        {
            if (document.Is(t, EventWords.PlanAdjectives))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AuxiliaryBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= AuxiliaryReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            if (EndsClause(document, t))
            {
                // "will then return to Geneva": an adverb opener right after the auxiliary stays in its clause.
                return t > sentence.FirstToken && document.Span(document.Tokens[t]) is "then" && document.Is(t - 1, EventWords.FutureAuxiliaries);
            }

            // "is to hold two days of meetings", "was due to begin talks": a plan, however far the talks stand in the clause.
            if (t > sentence.FirstToken && document.Span(document.Tokens[t]) is "to"
                && (document.Is(t - 1, EventWords.BeForms) || document.Span(document.Tokens[t - 1]) is "due"))
            {
                return true;
            }

            // "the political will for talks", "his will": a noun, not the auxiliary.
            if (document.Is(t, EventWords.FutureAuxiliaries)
                && !(t > sentence.FirstToken && (document.Is(t - 1, EventWords.Determiners) || document.Is(t - 1, EventWords.PossessivePronouns))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ModalAfter(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.LastToken + 1; t < ModalReach.EndAt(trigger.LastToken, sentence); t++)
        {
            // "the talks held in Geneva will resume": a participle after the noun tells talks already held.
            if (EndsClause(document, t) || document.Span(document.Tokens[t]).EndsWith("ed", StringComparison.Ordinal) || document.Is(t, EventWords.IrregularParticiples))
            {
                return false;
            }

            if (document.Is(t, EventWords.SubjectModals))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Punctuation, a dash, a clause opener or a saying verb: the clause ends there.</summary>
    private static bool EndsClause(Document document, int t)
    {
        Token token = document.Tokens[t];
        return token.Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Bracket or TokenKind.Quote
            || document.Is(t, EventWords.ClauseOpeners) || document.Is(t, EventWords.SayVerbs);
    }
}
