using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Subjects whose victim phrase goes on past what <see cref="VictimPhrase"/> reads before their casualty word:
/// coordination, of-phrases, relative clauses, bracketed glosses, dash asides and appositives ("three officials of
/// Petrobras (Brazilian Petroleum Corporation, Inc.) have been kidnapped"), and the subject's own predicate after a
/// relative clause that tells what the count did ("two men who had kidnapped the mayor were arrested").
/// </summary>
internal static class LongSubjects
{
    /// <summary>
    /// A long victim phrase reaches its verb within 24 tokens of where the short phrase stopped (a relative
    /// clause with two prepositional phrases: "ONE PERSON WHO HAPPENED TO BE PASSING BY THE CENTRAL PARK IN
    /// TEGUCIGALPA AT THE TIME OF THE EXPLOSION WAS WOUNDED").
    /// </summary>
    private static readonly TokenWindow LongSubjectReach = new(0, 24);

    private static readonly WordClass ClauseBreaks = Lexicon.Default.Class("casualties/clause-breaks");
    private static readonly WordClass SourceVerbs = Lexicon.Default.Class("casualties/source-verbs");
    private static readonly WordClass Auxiliaries = Lexicon.Default.Class("casualties/subject-auxiliaries");
    private static readonly WordClass IntransitiveVerbs = Lexicon.Default.Class("casualties/intransitive-casualty-verbs");
    private static readonly WordClass RelativePronouns = Lexicon.Default.Class("casualties/relative-pronouns");

    /// <summary>
    /// The casualty word of a subject whose phrase goes on past what <see cref="VictimPhrase"/> reads:
    /// coordination, of-phrases, participles and relative clauses up to the verb ("14 members of the
    /// security forces and militiamen loyal to them were killed", "two policemen who were acting as
    /// her bodyguards were wounded"). The tail must start with an auxiliary; the search stops at
    /// another number, a comma or stronger punctuation, a reporting verb or a clause break.
    /// </summary>
    internal static bool TryRead(in CasualtySentence s, int position, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical, out int tailStart, int phraseStart = -1)
    {
        tailStart = position;
        kinds = CasualtyKinds.None;
        tailEnd = position;
        hypothetical = false;
        int skipped = 0;
        for (int k = position; k < s.Limit && LongSubjectReach.Contains(position, k - skipped); k++)
        {
            int aside = AsideEnd(s, k);
            if (aside > k)
            {
                // "three officials of Petrobras (Brazilian Petroleum Corporation, Inc.) have been kidnapped", "one
                // of the pilots--that is, one who bombed villages--was killed": a gloss in brackets or an aside
                // between dashes is read past; it adds no words to the reach of the phrase.
                skipped += aside - k;
                k = aside - 1;
                continue;
            }

            if (s.IsPunctuation(k, ',') && k > position)
            {
                // "three leaders of the party, comrades A, B and C, were murdered": an appositive that closes on
                // the casualty word's tail, with no count or casualty word of its own.
                int close = SubjectCounts.FindAppositiveClose(s, k + 1);
                if (close > k && !HoldsCountOrTrigger(s, k + 1, close) && CasualtyTail.TryRead(s, close + 1, out kinds, out tailEnd, out hypothetical))
                {
                    tailStart = close + 1;
                    return true;
                }

                return false;
            }

            if (s.Is(k, "including") && s.TryQuantity(k + 1, out Quantity part) && !part.LooksLikeYear)
            {
                // "six people including four policemen were wounded": the part is inside the whole; read past it.
                k = Math.Max(VictimPhrase.Scan(s, part.EndToken, out _), part.EndToken) - 1;
                continue;
            }

            // "two civilians that were passing by were hurt": "that" right after the victims and before an auxiliary opens
            // a relative clause about them, as "who" does; elsewhere it opens another clause ("police said that").
            bool relativeThat = k == position && s.Is(k, "that") && s.Is(k + 1, Auxiliaries) && phraseStart >= 0 && IsPlainPhrase(s, phraseStart, position);
            if (k > position && skipped == 0 && s.Is(k, IntransitiveVerbs) && !HoldsClauseWord(s, position, k)
                && CasualtyTail.TryRead(s, k, out kinds, out tailEnd, out hypothetical))
            {
                // "six guerrillas of a still unidentified group died today": a verb that takes no object closes the subject,
                // unless a verb or a relative pronoun before it opens another clause ("four soldiers are charged with the
                // murder of a general who died") or an aside stands between ("two children -- four and one years old -- died").
                tailStart = k;
                return true;
            }

            TokenKind kind = s.Tokens[k].Kind;
            if (kind is TokenKind.Number or TokenKind.Punctuation || (s.Is(k, ClauseBreaks) && !relativeThat) || s.Is(k, SourceVerbs)
                || s.IsTrigger(k, TriggerRole.AfterCount | TriggerRole.BeforeCount, out _)
                || (kind == TokenKind.Word && s.TryQuantity(k, out _)))
            {
                return false;
            }

            if (s.Is(k, Auxiliaries) && CasualtyTail.TryRead(s, k, out kinds, out tailEnd, out hypothetical))
            {
                tailStart = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a token of [<paramref name="from"/>, <paramref name="to"/>) is an auxiliary or a relative pronoun, which opens a clause of its own.</summary>
    private static bool HoldsClauseWord(in CasualtySentence s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (s.Is(k, Auxiliaries) || s.Is(k, RelativePronouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the victim phrase [<paramref name="from"/>, <paramref name="to"/>) holds no number and no "the": one indefinite
    /// group of people ("two civilians"), which a relative "that" may describe; "pages 6 and 7 two articles on the six priests
    /// that were murdered" is not one.
    /// </summary>
    private static bool IsPlainPhrase(in CasualtySentence s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (s.Tokens[k].Kind == TokenKind.Number || s.Is(k, "the") || s.TryQuantity(k, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The casualty tail of a subject's own predicate after a relative clause whose active casualty verb is at
    /// <paramref name="relativeVerb"/>: its object (a count and its phrase, or any words) is read past up to an
    /// auxiliary that opens the tail, as in a long subject.
    /// </summary>
    internal static bool TryMainPredicate(in CasualtySentence s, int relativeVerb, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical)
    {
        int start = relativeVerb + 1;
        if (s.TryQuantity(start, out Quantity objectCount))
        {
            start = Math.Max(VictimPhrase.Scan(s, objectCount.EndToken, out _), objectCount.EndToken);
        }

        return TryRead(s, start, out kinds, out tailEnd, out hypothetical, out _);
    }

    /// <summary>Most tokens inside a bracketed gloss or a dash aside of a long subject, marks excluded.</summary>
    private const int MaxAsideTokens = 16;

    /// <summary>
    /// The index after a bracketed gloss ("(... Inc.)") or a dash aside ("--that is, ...--") that opens at
    /// <paramref name="index"/>, or <paramref name="index"/> when none opens there or it does not close within
    /// <see cref="MaxAsideTokens"/> tokens.
    /// </summary>
    private static int AsideEnd(in CasualtySentence s, int index)
    {
        bool bracket = s.IsPunctuation(index, '(');
        if (!bracket && !IsDash(s, index))
        {
            return index;
        }

        int open = index;
        while (!bracket && IsDash(s, open + 1))
        {
            open++;
        }

        for (int k = open + 1; k < s.Limit && k <= open + MaxAsideTokens + 1; k++)
        {
            if (s.IsPunctuation(k, '.') || s.IsPunctuation(k, ';'))
            {
                // A period inside a gloss ends an abbreviation ("Inc."), not the sentence; only a bracket may hold one.
                if (!bracket || !s.IsPunctuation(k + 1, ')'))
                {
                    return index;
                }
            }

            if (bracket ? s.IsPunctuation(k, ')') : IsDash(s, k))
            {
                int end = k + 1;
                while (!bracket && IsDash(s, end))
                {
                    end++;
                }

                return end;
            }
        }

        return index;
    }

    private static bool IsDash(in CasualtySentence s, int index) =>
        index >= s.First && index < s.Limit && (s.Tokens[index].Kind == TokenKind.Dash || s.Word(index) is "--" or "\u2013" or "\u2014");

    /// <summary>True when a number, an amount or a casualty word stands between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static bool HoldsCountOrTrigger(in CasualtySentence s, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (s.Tokens[k].Kind == TokenKind.Number || s.IsTrigger(k, TriggerRole.AfterCount | TriggerRole.BeforeCount, out _)
                || (s.IsWord(k) && s.TryQuantity(k, out _)))
            {
                return true;
            }
        }

        return false;
    }
}
