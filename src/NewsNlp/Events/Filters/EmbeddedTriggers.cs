using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Triggers that are the content of another ("called for a ceasefire", "threatened new air raids"):
/// an appeal or threat is the event, not what it asks for or threatens.
/// </summary>
internal static class EmbeddedTriggers
{
    // "seen as", "regarded as": verbs that make their "as" phrase a predicate of the subject.
    private static readonly WordClass ViewingVerbs = Lexicon.Default.Class("events/viewing-verbs");

    // "retaliation for the attack", "would retaliate for U.S. Navy attacks": the act after "for" or "of" is the past cause.
    private static readonly WordClass RetaliationWords = Lexicon.Default.Class("events/retaliation-words");

    // "an end to the fighting", "a halt to the offensive": the act after "to" or "of" is going on.
    private static readonly WordClass HaltNouns = Lexicon.Default.Class("events/halt-nouns");

    // "following the attack", "because heavy shooting continues": a phrase that names the act as a fact or cause.
    private static readonly WordClass FactPrepositions = Lexicon.Default.Class("events/fact-prepositions");

    /// <summary>
    /// How far before a strike a fact preposition may stand: four tokens reach "following the kidnapping and killing", "because of the
    /// bomb attacks", yet not a preposition of another phrase further back.
    /// </summary>
    private static readonly TokenWindow FactReach = new(4, 0);

    /// <summary>
    /// Removes triggers that are the content of another ("called for a ceasefire", "threatened new air raids",
    /// "agreed to de-escalate" keeps only the de-escalation, "struck a deal" is an agreement).
    /// </summary>
    public static void RemoveEmbedded(Document document, List<TriggerMatch> triggers)
    {
        if (triggers.Count < 2)
        {
            return;   // nothing can embed in nothing; most sentences end here, without allocating
        }

        Span<bool> drop = triggers.Count <= 64 ? stackalloc bool[triggers.Count] : new bool[triggers.Count];
        for (int i = 0; i < triggers.Count; i++)
        {
            TriggerMatch inner = triggers[i];
            for (int j = 0; j < triggers.Count; j++)
            {
                TriggerMatch outer = triggers[j];
                if (i == j)
                {
                    continue;
                }

                // Same type, contained span: keep the longer.
                if (outer.Type == inner.Type && outer.FirstToken <= inner.FirstToken && outer.LastToken >= inner.LastToken
                    && (outer.LastToken - outer.FirstToken > inner.LastToken - inner.FirstToken || j < i))
                {
                    drop[i] = true;
                }

                if (outer.Type == inner.Type && outer.LastToken < inner.FirstToken && IsPredicateNominal(document, inner.FirstToken, outer.LastToken)
                    && !HasBreak(document, outer.LastToken + 1, inner.FirstToken, clauseWords: false))
                {
                    // "Tomorrow's Group of Seven meeting ... is seen as the key meeting": a predicate noun names its subject's act
                    // again; the subject carries the event, planned or not.
                    drop[i] = true;
                }

                int distance = inner.FirstToken - outer.LastToken;
                if (distance is <= 0 or > 8)
                {
                    continue;
                }

                if (outer.Type is EventTaxonomy.Appeal or EventTaxonomy.Threat or EventTaxonomy.Mediation && inner.Type != outer.Type
                    && inner.Type is not (EventTaxonomy.Accusation or EventTaxonomy.Appeal or EventTaxonomy.Mediation or EventTaxonomy.Threat)
                    && !HasBreak(document, outer.LastToken + 1, inner.FirstToken, clauseWords: true)
                    && !IsPaidBack(document, outer, inner) && !IsHaltedAct(document, outer, inner) && !IsStatedFact(document, outer, inner)
                    && !DeclaredTruce.IsDeclared(document, inner, document.Tokens.Length))
                {
                    drop[i] = true;
                }

                if (outer.Type == EventTaxonomy.Agreement && inner.Type == EventTaxonomy.Deescalation && distance <= 5)
                {
                    // "agreed to de-escalate": the agreement is the de-escalation.
                    drop[j] = true;
                }

                if (outer.Type == EventTaxonomy.Strike && inner.Type == EventTaxonomy.Agreement && distance <= 3)
                {
                    // "struck a deal": no strike.
                    drop[j] = true;
                }
            }
        }

        for (int i = triggers.Count - 1; i >= 0; i--)
        {
            if (drop[i])
            {
                triggers.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "destroyed the platform in retaliation for an Iranian missile attack", "would retaliate for U.S. Navy attacks": the strike after
    /// "for" or "of" right behind a word of paying back is the past act that provoked it, told as a fact, not what is threatened.
    /// </summary>
    private static bool IsPaidBack(Document document, TriggerMatch outer, TriggerMatch inner) =>
        outer.Type == EventTaxonomy.Threat && inner.Type == EventTaxonomy.Strike && PaysBackAt(document, outer.LastToken + 1);

    /// <summary>
    /// "demanding an immediate halt to a major Israeli offensive", "to help broker an end to three weeks of fighting": a strike named after
    /// a noun of stopping ("end / halt / stop / cessation" with "to" or "of") between the appeal or mediation and it is going on, a fact
    /// the appeal presupposes, not its content ("called for a ceasefire" and "threatened new raids" still embed).
    /// </summary>
    private static bool IsHaltedAct(Document document, TriggerMatch outer, TriggerMatch inner)
    {
        if (inner.Type != EventTaxonomy.Strike)
        {
            return false;
        }

        // From the word after the outer trigger's last: "demand ... halt" may end on the noun itself.
        for (int t = outer.LastToken + 1; t < inner.FirstToken; t++)
        {
            if (HaltsAt(document, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "demanded protection for the unions following the attack on their headquarters", "are asked to avoid the sector because heavy
    /// shooting continues", "death threats since the killing of his comrades": a strike in a phrase opened by a fact preposition
    /// (`fact-prepositions`: following, after, since, because (of), amid) between the appeal, threat or mediation and it is a past act or
    /// one going on, the cause or circumstance of the demand, not what is demanded or threatened. Only words may stand between the
    /// preposition and the strike, and no "of", "to" or "for" but the "of" of "because of": "because of the threat of a strike" names the
    /// threat, not the strike. On the event corpus's train split the class held 3 gold strikes the rule dropped and no false one.
    /// </summary>
    private static bool IsStatedFact(Document document, TriggerMatch outer, TriggerMatch inner)
    {
        if (inner.Type != EventTaxonomy.Strike)
        {
            return false;
        }

        int floor = Math.Max(outer.LastToken + 1, inner.FirstToken - FactReach.Before);
        for (int t = inner.FirstToken - 1; t >= floor; t--)
        {
            Token token = document.Tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Clitic))
            {
                return false;
            }

            ReadOnlySpan<char> word = document.Span(token);
            if (document.IsWordOf(t, FactPrepositions))
            {
                return true;
            }

            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) && t > floor && document.Span(document.Tokens[t - 1]).Equals("because", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "would retaliate for U.S. Navy attacks", "demanding an immediate halt to the offensive": the modal or the demand before governs the
    /// paying back or the stopping, whose object (after "for / of", "to / of" at <paramref name="t"/>) is an act that happened or goes on
    /// (the same presupposed acts this class keeps; <see cref="IrrealisFilter"/> asks).
    /// </summary>
    internal static bool IsNamedCause(Document document, Sentence sentence, int t) =>
        t > sentence.FirstToken && (PaysBackAt(document, t) || HaltsAt(document, t));

    // "retaliation for", "revenge of": a word of paying back, then at t the "for" or "of" that names the act paid back.
    private static bool PaysBackAt(Document document, int t) => document.IsWordOf(t - 1, RetaliationWords) && IsWordAt(document, t, "for", "of");

    // "an end to", "a halt of": a noun of stopping, then at t the "to" or "of" that names the act stopped.
    private static bool HaltsAt(Document document, int t) => document.IsWordOf(t - 1, HaltNouns) && IsWordAt(document, t, "to", "of");

    private static bool IsWordAt(Document document, int t, string first, string second)
    {
        ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
        return word.Equals(first, StringComparison.OrdinalIgnoreCase) || word.Equals(second, StringComparison.OrdinalIgnoreCase);
    }

    // "is the key meeting", "was seen as a first round of talks": a copula, perhaps "seen as", then at most three lower-case words of
    // the noun's phrase.
    private static bool IsPredicateNominal(Document document, int trigger, int floor)
    {
        int t = trigger - 1;
        for (int words = 0; words < 3 && t > floor && IsPhraseWord(document, t); words++)
        {
            t--;
        }

        if (t > floor + 1 && document.Span(document.Tokens[t]) is "as")
        {
            if (!ViewingVerbs.Contains(document.Span(document.Tokens[t - 1])))
            {
                return false;
            }

            t -= 2;
        }

        return t > floor && EventWords.BeForms.Contains(document.Span(document.Tokens[t]));
    }

    private static bool IsPhraseWord(Document document, int t)
    {
        ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
        return document.Tokens[t].Kind == TokenKind.Word && char.IsLower(word[0]) && !EventWords.BeForms.Contains(word) && word is not "as";
    }

    // A ";" or "." between two triggers, or with clauseWords a word that opens a new clause ("while", "but").
    private static bool HasBreak(Document document, int from, int to, bool clauseWords)
    {
        for (int t = from; t < to; t++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word is ";" or "." || (clauseWords && EventWords.ClauseBreakers.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }
}
