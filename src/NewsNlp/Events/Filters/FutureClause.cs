using NewsNlp.Lexicons;
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

    // "Talks between Japan and the United States on semiconductors were announced": the talks' parties and topic stand between, up to twelve tokens.
    private static readonly TokenWindow PredicateReach = new(0, 12);

    // Participles after "be" that leave talks planned or put off ("the talks were announced for next week", "were postponed").
    private static readonly WordClass PlanPredicates = Lexicon.Default.Class("events/plan-predicates");

    // "Tomorrow's Group of Seven (G-7) meeting", "forthcoming General Agreement on Tariffs and Trade (GATT) talks": the talks' own noun phrase, names included.
    private static readonly TokenWindow PhraseReach = new(10, 0);

    // "Smith, who flies to Brussels today for talks": the verb of setting off stands up to eight tokens before "for".
    private static readonly TokenWindow DepartureReach = new(8, 0);

    /// <summary>True when talks or mediation stand in a clause headed by a future auxiliary, or are the subject of a modal.</summary>
    public static bool IsFuture(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Type is not (EventTaxonomy.Consultation or EventTaxonomy.Mediation))
        {
            return false;
        }

        return AuxiliaryBefore(document, sentence, trigger) || ModalAfter(document, sentence, trigger) || PlanAdjectiveBefore(document, sentence, trigger)
            || ProposedBefore(document, sentence, trigger) || AheadInPhrase(document, sentence, trigger) || DepartureBefore(document, sentence, trigger)
            || PlannedPredicate(document, sentence, trigger);
    }

    /// <summary>
    /// "Tomorrow's Group of Seven meeting", "next week's meetings", "the forthcoming GATT talks": a day ahead owning the talks, or a plan
    /// adjective, inside their noun phrase (names, brackets and lowercase modifiers; it ends at a determiner, preposition or verb of saying,
    /// so "this week's breakdown of ICO talks" does not date the talks).
    /// </summary>
    private static bool AheadInPhrase(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= PhraseReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            Token token = document.Tokens[t];
            if (document.Is(t, EventWords.PlanAdjectives) || (token.Kind is TokenKind.Clitic && t > sentence.FirstToken && IsDayAhead(document, t - 1)))
            {
                return true;
            }

            if (!InsideNounPhrase(document, sentence, t))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"tomorrow", "next week", "next month", "this week", "this weekend": a time still ahead of the report when it owns a noun.</summary>
    private static bool IsDayAhead(Document document, int t)
    {
        if (document.Is(t, EventWords.AheadDays))
        {
            return true;
        }

        if (t == 0 || !document.Is(t, EventWords.PlanPeriods))
        {
            return false;
        }

        // "this month's" and "this year's" also cover days already past; "this week's" talks in the wire are still to come.
        ReadOnlySpan<char> before = document.Span(document.Tokens[t - 1]);
        return before is "next" or "Next" || (before is "this" or "This" && document.Span(document.Tokens[t]) is "week" or "weekend");
    }

    /// <summary>A token inside a noun phrase before its head: a name word, number, bracket or hyphen, a lowercase modifier, or "of" / "and" inside a name.</summary>
    private static bool InsideNounPhrase(Document document, Sentence sentence, int t)
    {
        Token token = document.Tokens[t];
        if (token.Kind is TokenKind.Bracket or TokenKind.Dash or TokenKind.Number)
        {
            return true;
        }

        if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(token);
        if (word is "of" or "and" or "on" or "for")
        {
            // "Group of Seven", "Agreement on Tariffs and Trade": joined name words, capitals on both sides; "breakdown of ICO talks" leaves the phrase.
            return t > sentence.FirstToken && t + 1 < sentence.EndToken && char.IsUpper(document.Span(document.Tokens[t - 1])[0])
                && char.IsUpper(document.Span(document.Tokens[t + 1])[0]);
        }

        return char.IsUpper(word[0]) || !(document.Is(t, EventWords.Determiners) || document.Is(t, EventWords.Prepositions) || document.Is(t, EventWords.SayVerbs)
            || document.Is(t, EventWords.BeForms) || document.Is(t, EventWords.ClauseOpeners) || document.Is(t, EventWords.Irrealis));
    }

    /// <summary>"Smith, who flies to Brussels today for talks", "when he visits Washington for the meetings": a present verb of setting off, then "for" right before the talks (or their article).</summary>
    private static bool DepartureBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        // "for talks", "for the meetings": "for" right before the talks or before their article.
        int forToken = trigger.FirstToken - 1;
        if (forToken > sentence.FirstToken && document.Span(document.Tokens[forToken]) is "the")
        {
            forToken--;
        }

        if (forToken < sentence.FirstToken || document.Span(document.Tokens[forToken]) is not "for")
        {
            return false;
        }

        for (int t = forToken - 1; t >= DepartureReach.StartAt(forToken, sentence); t--)
        {
            if (document.Is(t, EventWords.DepartureVerbs))
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
            if (EndsClause(document, t) || IsParticiple(document, t))
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

    /// <summary>
    /// "Talks between Japan and the United States were announced for next week", "the meeting has been postponed": the talks are the subject
    /// of a form of "be" and a participle of planning or putting off (<see cref="PlanPredicates"/>), so they were not held. The
    /// predicate follows the noun's phrase within twelve tokens; a participle of its own ("the talks held in Geneva were postponed") or a
    /// clause boundary ends the search, as for <see cref="ModalAfter"/>.
    /// </summary>
    private static bool PlannedPredicate(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int end = PredicateReach.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.LastToken + 1; t < end; t++)
        {
            if (document.Is(t, EventWords.BeForms))
            {
                // "were announced", "have been postponed", "were again delayed": one adverb may stand between.
                int next = t + 1 < end && document.Span(document.Tokens[t + 1]).EndsWith("ly", StringComparison.Ordinal) ? t + 2 : t + 1;
                if (next < sentence.EndToken && document.Span(document.Tokens[next]) is "again" or "now" or "also" or "still" or "already")
                {
                    next++;
                }

                return next < sentence.EndToken && document.Is(next, PlanPredicates);
            }

            // "talks between Japan and the United States were announced": an "and" before a name or an article joins the talks' parties.
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word is "and" && t + 1 < end && (char.IsUpper(document.Span(document.Tokens[t + 1])[0]) || document.Is(t + 1, EventWords.Determiners)))
            {
                continue;
            }

            // "the meeting and venue had been agreed", "the talks and agenda were announced": one lowercase noun after "and" right before the
            // verb ("had", "were") is a second subject of the same predicate.
            if (word is "and" && t + 2 < end && document.Tokens[t + 1].Kind is TokenKind.Word
                && (document.Is(t + 2, EventWords.BeForms) || document.Is(t + 2, EventWords.HaveForms)))
            {
                t++;
                continue;
            }

            if (EndsClause(document, t) || IsParticiple(document, t))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A participle after the talks' noun ("the talks held in Geneva", "the meeting scheduled for May"): a lowercase word in
    /// "-ed" or an irregular one; a name in "-ed" is none ("the United States").</summary>
    private static bool IsParticiple(Document document, int t)
    {
        ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
        return (word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])) || document.Is(t, EventWords.IrregularParticiples);
    }

    /// <summary>Punctuation, a dash, a clause opener or a saying verb: the clause ends there.</summary>
    private static bool EndsClause(Document document, int t)
    {
        Token token = document.Tokens[t];
        return token.Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Bracket or TokenKind.Quote
            || document.Is(t, EventWords.ClauseOpeners) || document.Is(t, EventWords.SayVerbs);
    }
}
