using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>Passive triggers: "was attacked", "were shot down", "has been struck", "were hit by drone strikes", "received criticism".</summary>
internal static class PassiveVoice
{
    /// <summary>Verbs whose subject undergoes the strike noun joined to them by "in" or "after" ("died in a car bombing").</summary>
    private static readonly WordClass UndergoingVerbs = Lexicon.Default.Class("events/undergoing-verbs");

    /// <summary>The prepositions joining a verb of undergoing to its strike noun ("in", "after", "during", "from").</summary>
    private static readonly WordClass UndergoingPrepositions = Lexicon.Default.Class("events/undergoing-prepositions");

    // "by" or "under" right before a noun trigger, with at most two modifiers between ("by multiple drone strikes").
    private static readonly TokenWindow AgentReach = new(3, 0);

    // A participle chain sharing one "been" ("had been killed, wounded or captured") stays within eight tokens.
    private static readonly TokenWindow ChainReach = new(8, 0);

    /// <summary>True when the trigger is passive, or a noun trigger that is the agent of a passive.</summary>
    public static bool IsPassive(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (document.IsStandaloneHeadline(sentence))
        {
            // "14 Militants Killed in Gaza": a headline read alone drops the auxiliary and tells its active news in the present.
            return IsParticipleAfterNoun(document, sentence, trigger) || IsPassive(document, trigger, headline: true);
        }

        // A bulletin written in capitals says nothing about names by its letter case: it is read as a headline is.
        bool capitals = document.IsAllCaps(sentence);
        return IsPassive(document, trigger, headline: capitals) || IsReducedPassive(document, sentence, trigger, capitals);
    }

    /// <summary>
    /// A participle right after a noun with its agent right after it, the reduced relative of a passive: "a Kuwaiti tanker hit by an
    /// Iranian missile", "Iraqi troops attacked by Iranian forces", "GUERRILLAS KILLED BY 11TH BRIGADE TROOPS", "the border sector
    /// currently threatened by the Nicaraguan army" (an adverb may stand between). The noun before undergoes the act; an active verb
    /// after its subject takes an object, not "by". Not after a name in mixed case ("Iraq attacked by air"): there the word before is
    /// the subject of an active verb.
    /// </summary>
    private static bool IsReducedPassive(Document document, Sentence sentence, TriggerMatch trigger, bool capitals)
    {
        int by = trigger.LastToken + 1;
        if (by >= sentence.EndToken || !document.Span(document.Tokens[by]).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> head = document.Span(document.Tokens[trigger.FirstToken]);
        if (!head.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !EventWords.IrregularParticiples.Contains(head))
        {
            return false;
        }

        int before = trigger.FirstToken - 1;
        if (before > sentence.FirstToken && document.Tokens[before].Kind == TokenKind.Word
            && document.Span(document.Tokens[before]).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        if (before < sentence.FirstToken || document.Tokens[before].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> noun = document.Span(document.Tokens[before]);
        return (capitals || !char.IsUpper(noun[0])) && !EventWords.BeForms.Contains(noun) && !EventWords.HaveForms.Contains(noun)
            && !EventWords.Prepositions.Contains(noun) && !EventWords.Determiners.Contains(noun) && !EventWords.ClauseOpeners.Contains(noun)
            && !EventWords.Pronouns.Contains(noun);
    }

    private static bool IsParticipleAfterNoun(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.FirstToken <= sentence.FirstToken)
        {
            return false;
        }

        ReadOnlySpan<char> head = document.Span(document.Tokens[trigger.FirstToken]);
        return document.Tokens[trigger.FirstToken - 1].Kind is TokenKind.Word or TokenKind.Number
            && (head.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || EventWords.IrregularParticiples.Contains(head));
    }

    // A headline read alone may be written in title case: there a capitalised word is no name that ends the scan.
    private static bool IsPassive(Document document, TriggerMatch trigger, bool headline)
    {
        ReadOnlySpan<char> head = document.Span(document.Tokens[trigger.FirstToken]);
        // "were hit by multiple drone strikes": a noun trigger after "by" is the agent of a passive.
        for (int t = trigger.FirstToken - 1; t >= 0 && AgentReach.Contains(trigger.FirstToken, t); t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("under", StringComparison.OrdinalIgnoreCase))
            {
                // "airstrikes followed by a ground invasion": a sequence, not a passive agent. "Iraq responded by bombing Iranian
                // cities", "HURTING THEMSELVES BY CARRYING OUT ATTACKS": a gerund after "by" tells how the clause's subject acted,
                // unless a participle governs "by" ("were killed by shelling").
                if (HasGerund(document, t + 1, trigger.FirstToken) && !(t > 0 && IsParticiple(document.Span(document.Tokens[t - 1]))))
                {
                    return false;
                }

                return t == 0 || !document.IsWordOf(t - 1, EventWords.SequenceParticiples);
            }

            // "White House officials received strong criticism", "the convoy suffered an attack": the subject undergoes the act.
            if (document.Tokens[t].Kind == TokenKind.Word && document.Is(t, EventWords.ReceivingVerbs))
            {
                return true;
            }

            // "Three soldiers died in a car bombing", "US Marines Die In Fallujah Car Bombing": the subject of a verb of undergoing
            // joined to the noun by "in" or "after" is the target, as after "suffered".
            if (t > 0 && document.Tokens[t].Kind == TokenKind.Word && document.Is(t, UndergoingPrepositions)
                && document.Tokens[t - 1].Kind == TokenKind.Word && document.Is(t - 1, UndergoingVerbs))
            {
                return true;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || EventWords.Prepositions.Contains(word) || (char.IsUpper(word[0]) && !headline))
            {
                break;
            }
        }

        if (!IsParticiple(head))
        {
            return false;
        }

        for (int t = trigger.FirstToken - 1, words = 0; t >= 0 && words < 3; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.BeForms.Contains(word))
            {
                return true;
            }

            // "had been killed, wounded or captured": a chain of participles shares its "been".
            bool chain = word is "," or "or" or "and" || word.Equals("OR", StringComparison.Ordinal) || word.Equals("AND", StringComparison.Ordinal) || IsParticiple(word);
            if (!chain && (document.Tokens[t].Kind != TokenKind.Word || !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            words += chain ? 0 : 1;
            if (!ChainReach.Contains(trigger.FirstToken, t))
            {
                return false;
            }
        }

        return false;
    }

    // True when a word ending in "-ing" stands in [from, trigger], the trigger's head included ("by launching limited retaliatory strikes").
    private static bool HasGerund(Document document, int from, int trigger)
    {
        for (int t = from; t <= trigger; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Word && document.Span(document.Tokens[t]).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A past participle: "-ed" or one of the irregular ones ("hit", "shot", "held").
    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || EventWords.IrregularParticiples.Contains(word);
}
