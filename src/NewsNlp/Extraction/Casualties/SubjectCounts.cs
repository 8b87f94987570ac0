using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts before their casualty word: "eleven people were killed", "20 dead", "two missing",
/// "150 security forces, 95 civilians, and hundreds of Taliban killed", "a total of eleven people,
/// mostly women and children, were killed", "90 civilians were wounded, as were seventeen ...".
/// </summary>
internal static class SubjectCounts
{
    /// <summary>An appositive between a count and its verb (", mostly women and children,") closes within 24 tokens of its start: positions 0..23.</summary>
    private static readonly TokenWindow AppositiveReach = new(0, 23);

    /// <summary>
    /// A long victim phrase reaches its verb within 24 tokens of where the short phrase stopped (a relative
    /// clause with two prepositional phrases: "ONE PERSON WHO HAPPENED TO BE PASSING BY THE CENTRAL PARK IN
    /// TEGUCIGALPA AT THE TIME OF THE EXPLOSION WAS WOUNDED").
    /// </summary>
    private static readonly TokenWindow LongSubjectReach = new(0, 24);

    private static readonly WordClass Months = Lexicon.Default.Class("casualties/period-starts");
    private static readonly WordClass ClauseBreaks = Lexicon.Default.Class("casualties/clause-breaks");
    private static readonly WordClass SourceVerbs = Lexicon.Default.Class("casualties/source-verbs");
    private static readonly WordClass Auxiliaries = Lexicon.Default.Class("casualties/subject-auxiliaries");

    private static readonly WordClass Conditionals = Lexicon.Default.Class("casualties/conditional-words");
    private static readonly WordClass PartitiveParts = Lexicon.Default.Class("casualties/partitive-parts");
    private static readonly WordClass AppositiveSuperlatives = Lexicon.Default.Class("casualties/appositive-superlatives");
    private static readonly WordClass ListContinuations = Lexicon.Default.Class("casualties/list-continuations");
    private static readonly WordClass Demonstratives = Lexicon.Default.Class("casualties/demonstratives");
    private static readonly WordClass PartitiveWholeNouns = Lexicon.Default.Class("casualties/partitive-whole-nouns");

    /// <summary>Matches a count that starts a subject, or a list of them, followed by its casualty word.</summary>
    public static void Match(in CasualtySentence s, Quantity quantity)
    {
        if (quantity.LooksLikeYear && (!s.IsTrigger(quantity.EndToken, TriggerRole.AfterCount, out _) || s.Is(quantity.FirstToken - 1, "the")))
        {
            // "the 1940 deaths of ..." dates the deaths.
            return;
        }

        if (s.IsPunctuation(quantity.FirstToken - 1, ',') && s.Is(quantity.EndToken, "of") && s.Is(quantity.EndToken + 1, "the")
            && s.Is(quantity.EndToken + 2, AppositiveSuperlatives))
        {
            // "Rodriguez Gacha, one of the most dangerous traffickers, was killed": an appositive of a named
            // person, who is no count (named single people give no item).
            return;
        }

        if (IsConditional(s, quantity.FirstToken))
        {
            // "it would be worse if one were killed": a condition, not a report.
            return;
        }

        if (s.Is(quantity.FirstToken - 1, "including"))
        {
            // "six persons, including three soldiers, were wounded": the part is inside the whole's record.
            return;
        }

        if (s.IsTrigger(quantity.FirstToken - 1, TriggerRole.BeforeCount, out _) && !s.IsHypotheticalBefore(quantity.FirstToken - 1))
        {
            // "killed 12 people and 30 others were injured": 12 is the verb's object, not a subject of "were
            // injured". A threat's object is no count ("threatening to kill three hostages kidnapped in ..."),
            // so its own casualty word may still read it.
            return;
        }

        if (s.Is(quantity.EndToken, Months))
        {
            // "on 11 February, one adult and four minors were killed": a day of a date.
            return;
        }

        if (PartitiveCounts.Match(s, quantity))
        {
            return;
        }

        if (IsPartitiveWhole(s, quantity.FirstToken) && !s.Is(VictimPhrase.Scan(s, quantity.EndToken, out _), PartitiveWholeNouns))
        {
            // "one of the sixteen on board died": sixteen is the whole, not the dead. But "one of the two
            // captives", "one of the 25 dead": the whole is itself a count of victims.
            return;
        }

        Span<ListItem> items = stackalloc ListItem[CountList.MaxItems];
        int position = CountList.Read(s, quantity, items, out int count);
        if (s.Is(quantity.EndToken, "of") && (s.Is(quantity.EndToken + 1, Demonstratives) || s.TryQuantity(quantity.EndToken + 1, out _))
            && s.Is(position, PartitiveWholeNouns))
        {
            // "one of the captives said", "two of the injured died": a part of victims counted elsewhere
            // (but "thousands of casualties" is a count of its own).
            return;
        }

        int appositiveStart = -1;
        int appositiveEnd = -1;
        if (!CasualtyTail.TryRead(s, position, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical))
        {
            if (!s.IsPunctuation(position, ','))
            {
                if (!TryLongSubject(s, position, out kinds, out tailEnd, out hypothetical, out int longTail))
                {
                    return;
                }

                position = longTail;
            }
            else
            {
                int close = FindAppositiveClose(s, position + 1);
                if (close >= 0 && CasualtyTail.TryRead(s, close + 1, out kinds, out tailEnd, out hypothetical))
                {
                    appositiveStart = position + 1;
                    appositiveEnd = close;
                }
                else if (!(s.IsWord(position + 1) && CasualtyLexicon.IsAuxiliary(s.Word(position + 1))
                    && CasualtyTail.TryRead(s, position + 1, out kinds, out tailEnd, out hypothetical))
                    && !(s.Is(position + 1, ListContinuations) && TryLongSubject(s, position + 1, out kinds, out tailEnd, out hypothetical, out _)))
                {
                    // Not "those infected, over 1800 people, have died" either. But "SIX JESUIT PRIESTS, THEIR
                    // COOK AND HER DAUGHTER WERE MURDERED": more victims without a number join the subject.
                    return;
                }
            }
        }

        int tailStart = appositiveStart < 0 ? position : appositiveEnd + 1;
        if (!hypothetical && CasualtyTail.IsActiveRelative(s, tailStart, out int relativeVerb))
        {
            // "two men who had kidnapped the mayor were arrested": the relative clause tells what the count did;
            // the clause's own predicate, after it, tells what happened to them (nothing, in "three suspects who
            // killed a police officer fled").
            if (!TryMainPredicate(s, relativeVerb, out kinds, out tailEnd, out hypothetical) || hypothetical)
            {
                return;
            }
        }
        else if (hypothetical || CasualtyTail.IsActiveWithObject(s, tailStart)
            || (items[0].PhraseEnd > quantity.EndToken && CasualtyTail.HasCapitalsObject(s, tailStart)))
        {
            // "two gunmen killed 12 people", "four terrorists, all wearing ski masks, murdered mayor ...": the
            // gunmen are the agents; the verb's object pattern reads the victims.
            return;
        }

        foreach (ListItem item in items[..count])
        {
            CountList.Emit(s, kinds, item, appositiveStart, appositiveEnd, tailEnd);
        }

        CountList.MatchAsWere(s, tailEnd, kinds);
    }

    /// <summary>
    /// The casualty word of a subject whose phrase goes on past what <see cref="VictimPhrase"/> reads:
    /// coordination, of-phrases, participles and relative clauses up to the verb ("14 members of the
    /// security forces and militiamen loyal to them were killed", "two policemen who were acting as
    /// her bodyguards were wounded"). The tail must start with an auxiliary; the search stops at
    /// another number, a comma or stronger punctuation, a reporting verb or a clause break.
    /// </summary>
    private static bool TryLongSubject(in CasualtySentence s, int position, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical, out int tailStart)
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
                int close = FindAppositiveClose(s, k + 1);
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

            TokenKind kind = s.Tokens[k].Kind;
            if (kind is TokenKind.Number or TokenKind.Punctuation || s.Is(k, ClauseBreaks) || s.Is(k, SourceVerbs)
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

        return TryLongSubject(s, start, out kinds, out tailEnd, out hypothetical, out _);
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

    /// <summary>True when a conditional conjunction stands one or two words before the subject at <paramref name="first"/> ("if one", "unless all 20").</summary>
    internal static bool IsConditional(in CasualtySentence s, int first) =>
        s.Is(first - 1, Conditionals) || (s.IsWord(first - 1) && s.Is(first - 2, Conditionals));

    /// <summary>True for the whole of a partitive: "one of the sixteen", "most of the 45", "two of those 12".</summary>
    private static bool IsPartitiveWhole(in CasualtySentence s, int index)
    {
        int k = index - 1;
        if (s.Is(k, Demonstratives))
        {
            k--;
        }

        if (!s.Is(k, "of") || k - 1 < s.First)
        {
            return false;
        }

        int part = k - 1;
        return s.Tokens[part].Kind == TokenKind.Number
            || s.Is(part, PartitiveParts)
            || (s.IsWord(part) && NumberWords.TryCardinal(s.Word(part), out _));
    }

    /// <summary>The comma that closes an appositive starting at <paramref name="start"/>: the first one followed by a casualty tail.</summary>
    internal static int FindAppositiveClose(in CasualtySentence s, int start)
    {
        for (int k = start; k < s.Limit && AppositiveReach.Contains(start, k); k++)
        {
            if (s.IsPunctuation(k, '.') || s.IsPunctuation(k, ';') || s.IsPunctuation(k, ':'))
            {
                return -1;
            }

            if (s.IsPunctuation(k, ',') && CasualtyTail.TryRead(s, k + 1, out _, out _, out _))
            {
                return k;
            }
        }

        return -1;
    }
}
