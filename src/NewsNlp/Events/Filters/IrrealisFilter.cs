using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Decides whether a trigger reports an act that happened: not negated, denied, hypothetical,
/// planned or habitual ("would seek appeasement", "denied carrying out", "talks tomorrow").
/// </summary>
internal static class IrrealisFilter
{
    // "talks tomorrow", "her visit to Moscow next week", "a direct attack on Kuwaiti territory would be": plans and modals follow closely.
    private static readonly TokenWindow FollowingPlan = new(0, 6);

    /// <summary>Verbs of reacting to a threat already made ("bow to", "believe", "give in to"), <c>threat-reaction-verbs</c>.</summary>
    private static readonly WordClass ThreatReactionVerbs = Lexicon.Default.Class("events/threat-reaction-verbs");

    private const int LookBack = 5;

    // "ahead of the Group of Seven talks": "ahead" stands up to eight tokens before the trigger, across a name.
    private static readonly TokenWindow PlanOpenerReach = new(8, 0);

    // "for an immediate, unconditional ceasefire": the preposition stands at most three words before the noun.
    private const int GoalReach = 3;

    /// <summary>True when the sentence as a whole is negated ("Never before have ...") or a question.</summary>
    public static bool IsIrrealisSentence(Document document, Sentence sentence)
    {
        if (sentence.TokenCount == 0)
        {
            return true;
        }

        int first = sentence.FirstToken;
        while (first < sentence.EndToken && document.Tokens[first].Kind is not TokenKind.Word)
        {
            first++;
        }

        if (first < sentence.EndToken && document.IsWordOf(first, EventWords.IrrealisOpeners))
        {
            return true;
        }

        int last = sentence.EndToken - 1;
        return document.Span(document.Tokens[last]) is "?";
    }

    // "said a bomb was about to go off", "were about to attack": "about to" puts the act just ahead of the report.
    private static bool IsAboutTo(Document document, Sentence sentence, int t) =>
        t + 1 < sentence.EndToken && document.Span(document.Tokens[t]) is "about" && document.Span(document.Tokens[t + 1]) is "to";

    /// <summary>
    /// "the UN offer of mediating in the talks": an offer to mediate is itself a mediation event (GUIDELINES: mediation = offer to
    /// mediate, mediation; CAMEO 039), so the offer words that make other acts mere plans do not cancel it.
    /// </summary>
    private static bool IsMediationOffer(TriggerMatch trigger, ReadOnlySpan<char> word) =>
        trigger.Type == EventTaxonomy.Mediation && word.StartsWith("offer", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a negation, modal, denial, plan or habit word governs the trigger; a declared truce is a fact (<see cref="DeclaredTruce"/>).</summary>
    public static bool IsIrrealis(Document document, Sentence sentence, TriggerMatch trigger) =>
        !DeclaredTruce.IsDeclared(document, trigger, sentence.EndToken) && IsGoverned(document, sentence, trigger);

    private static bool IsGoverned(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = sentence.FirstToken; t < trigger.FirstToken; t++)
        {
            if (document.IsWordOf(t, EventWords.HearsayWords))
            {
                // "There were rumors in world oil markets on Tuesday that Iran had fired shells": hearsay, however far back.
                return true;
            }
        }

        bool threat = trigger.Type == EventTaxonomy.Threat;
        bool objectOfVerb = true; // no preposition yet between the word looked at and the trigger
        int seen = 0;
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken && seen < LookBack; t--)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (token.Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Bracket)
            {
                break;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Clitic))
            {
                continue;
            }

            seen++;
            if (!threat && EmbeddedTriggers.IsNamedCause(document, sentence, t))
            {
                break;
            }

            // "will not bow to U.S. threats", "did not believe the threats": a negation further back denies the reaction, not the
            // threat it reacts to ("any" before the noun, "will not bow to any threat", is met first and still makes it hypothetical).
            if (threat && document.IsWordOf(t, ThreatReactionVerbs))
            {
                break;
            }

            // "troops were about to attack": on the point of it, not done.
            if ((EventWords.Irrealis.Contains(word) && !(threat && EventWords.FutureModals.Contains(word)) && !IsMediationOffer(trigger, word))
                || HabitualActs.IsHabitAdverb(document, t) || (!threat && IsAboutTo(document, sentence, t)))
            {
                return true;
            }

            // "agreed to meet", "invited the opposition to begin talks": the act lies after the report. "boycotted a meeting", "postponed
            // the talks": the act did not take place, when it is the verb's object ("cancelled due to attacks" names a cause).
            if (!threat && ((objectOfVerb && EventWords.NegatingVerbs.Contains(word)) || (trigger.Type == EventTaxonomy.Consultation && EventWords.ConsultationPlanVerbs.Contains(word))))
            {
                return true;
            }

            objectOfVerb &= !EventWords.Prepositions.Contains(word);

            // "stop attacking Iraqi territory and shelling its towns": an "and" joining two -ing forms keeps the governor.
            if (EventWords.ClauseOpeners.Contains(word) && !(word is "and" && IsGerund(document, trigger.FirstToken)))
            {
                // "Syria denied that it had complained": the clause "that" opens is denied.
                if (word is "that" && t > sentence.FirstToken && document.IsWordOf(t - 1, EventWords.DenialVerbs))
                {
                    return true;
                }

                // "proposed in a letter to his counterpart that they meet": the clause "that" opens is the proposal.
                if (word is "that" && ProposalClause.IsProposed(document, sentence, trigger, t))
                {
                    return true;
                }

                break;
            }
        }

        // "ahead of the Group of Seven talks", "in advance of an EC heads of government summit meeting": a name may stand between.
        for (int t = trigger.FirstToken - 1; !threat && t >= PlanOpenerReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            if (document.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash)
            {
                break;
            }

            if (document.IsWordOf(t, EventWords.PlanOpeners))
            {
                return true;
            }
        }

        // "her visit to Moscow next week", "talks tomorrow": planned, not yet done.
        for (int t = trigger.LastToken + 1; t < FollowingPlan.EndAt(trigger.LastToken, sentence); t++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (!threat && (word is "tomorrow" || (word is "next" && t + 1 < sentence.EndToken && document.IsWordOf(t + 1, EventWords.PlanPeriods))
                || IsAboutTo(document, sentence, t)))
            {
                return true;
            }
        }

        // "he talked often with the Fund's director", "they meet regularly", "has attacked them in the past": a habit (HabitualActs).
        if (HabitualActs.IsHabitual(document, sentence, trigger) || (!threat && IsPlannedAfter(document, sentence, trigger)))
        {
            return true;
        }

        // "which side was to blame", "agreed, saying": blame not laid, agreement with an opinion.
        if (trigger.Type == EventTaxonomy.Accusation && trigger.FirstToken > sentence.FirstToken + 1 && document.Span(document.Tokens[trigger.FirstToken - 1]) is "to"
            && EventWords.BeForms.Contains(document.Span(document.Tokens[trigger.FirstToken - 2])))
        {
            return true;
        }

        if (trigger.Type == EventTaxonomy.Agreement && trigger.LastToken + 1 < sentence.EndToken && document.Span(document.Tokens[trigger.LastToken + 1]) is "," or "."
            && document.Span(document.Tokens[trigger.FirstToken]).StartsWith("agree", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "a direct attack on Kuwaiti territory would be ...": a noun trigger as the subject of a modal.
        for (int t = trigger.LastToken + 1; t < FollowingPlan.EndAt(trigger.LastToken, sentence); t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (token.Kind is TokenKind.Punctuation or TokenKind.Dash || EventWords.ClauseOpeners.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            if (EventWords.ConditionalModals.Contains(word) && !threat)
            {
                return true;
            }
        }

        // "no attack", "attack plans", "attack was denied" right after.
        int next = trigger.LastToken + 1;
        if (next < sentence.EndToken)
        {
            ReadOnlySpan<char> after = document.Span(document.Tokens[next]);
            if (EventWords.PlanNouns.Contains(after))
            {
                return trigger.Type != EventTaxonomy.Threat;
            }
        }

        return false;
    }

    /// <summary>
    /// "is to hold talks", "talks scheduled for Thursday", "the talks, starting on April 14", "meet later today", "a ceasefire order
    /// for a truce": the act is planned, or only the goal of something else.
    /// </summary>
    private static bool IsPlannedAfter(Document document, Sentence sentence, TriggerMatch trigger)
    {
        // "when the ICO meets in September", "ministers meet in Belgium this weekend", "the council meets once a year": news tells
        // meetings held in the past tense, so a present "meet"/"meets" (not after "to", "did" or a modal) is a plan or a habit.
        // A headline standing alone tells its news in the present ("Bush meets Blair").
        // So is a present "visits" ("when the minister visits Washington"), unless a determiner or number makes it the plural noun ("his visits").
        // A subject in brackets comes before it too ("They (the council) meet very often").
        if (trigger.Type == EventTaxonomy.Consultation && !document.IsStandaloneHeadline(sentence) && document.Span(document.Tokens[trigger.FirstToken]) is "meets" or "meet" or "visits"
            && trigger.FirstToken > sentence.FirstToken && document.Tokens[trigger.FirstToken - 1].Kind is TokenKind.Word or TokenKind.Bracket
            && !(document.Span(document.Tokens[trigger.FirstToken]) is "visits" && document.IsWordOf(trigger.FirstToken - 1, EventWords.Determiners))
            && document.Span(document.Tokens[trigger.FirstToken - 1]) is not "to" && !EventWords.PronounAuxiliaries.Contains(document.Span(document.Tokens[trigger.FirstToken - 1])))
        {
            return true;
        }

        // "is to meet", "is to hold talks": "to" right before the trigger or before its verb.
        for (int to = trigger.FirstToken - 1; to >= sentence.FirstToken + 1 && to >= trigger.FirstToken - 2; to--)
        {
            // "was due to meet", "is due to hold talks" (talks only: "cancelled due to attacks" is a cause).
            ReadOnlySpan<char> before = document.Span(document.Tokens[to - 1]);
            if (document.Span(document.Tokens[to]) is "to" && (EventWords.BeForms.Contains(before) || (trigger.Type == EventTaxonomy.Consultation && before is "due")))
            {
                return true;
            }
        }

        if (trigger.Type == EventTaxonomy.Deescalation && IsGoalOfPreposition(document, sentence, trigger))
        {
            return true;
        }

        int end = FollowingPlan.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.LastToken + 1; t < end; t++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            bool causal = t + 1 < sentence.EndToken && document.Span(document.Tokens[t + 1]) is "to";

            // "meets next Tuesday" is a plan; "the next day" tells a sequence.
            bool nextDay = word is "next" && document.Span(document.Tokens[t - 1]) is not "the";
            if (nextDay || (EventWords.PlanFollowers.Contains(word) && !causal)
                || (word is "later" && t + 1 < sentence.EndToken && document.IsWordOf(t + 1, EventWords.PlanDays)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"an order for a ceasefire", "a dialogue about a truce", "aimed at a truce": a nominal trigger after a goal preposition (articles and modifiers between).</summary>
    private static bool IsGoalOfPreposition(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1, words = 0; t >= sentence.FirstToken && words < GoalReach; t--, words++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (EventWords.GoalPrepositions.Contains(word))
            {
                return true;
            }

            if (token.Kind != TokenKind.Word || EventWords.Prepositions.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsGerund(Document document, int token) => document.Span(document.Tokens[token]).EndsWith("ing", StringComparison.Ordinal);
}
