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


    private static readonly WordClass Months = Lexicon.Default.Class("casualties/period-starts");

    private static readonly WordClass Conditionals = Lexicon.Default.Class("casualties/conditional-words");
    private static readonly WordClass PartitiveParts = Lexicon.Default.Class("casualties/partitive-parts");
    private static readonly WordClass AppositiveSuperlatives = Lexicon.Default.Class("casualties/appositive-superlatives");
    private static readonly WordClass ListContinuations = Lexicon.Default.Class("casualties/list-continuations");
    private static readonly WordClass Demonstratives = Lexicon.Default.Class("casualties/demonstratives");
    private static readonly WordClass PartitiveWholeNouns = Lexicon.Default.Class("casualties/partitive-whole-nouns");
    private static readonly WordClass IncidentNouns = Lexicon.Default.Class("casualties/incident-nouns");

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
                if (!LongSubjects.TryRead(s, position, out kinds, out tailEnd, out hypothetical, out int longTail, phraseStart: quantity.EndToken))
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
                    && !(s.Is(position + 1, ListContinuations) && LongSubjects.TryRead(s, position + 1, out kinds, out tailEnd, out hypothetical, out _)))
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
            if (!LongSubjects.TryMainPredicate(s, relativeVerb, out kinds, out tailEnd, out hypothetical) || hypothetical)
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
            if (!CountsOtherHarm(s, item, kinds))
            {
                CountList.Emit(s, kinds, item, appositiveStart, appositiveEnd, tailEnd);
            }
        }

        CountList.MatchAsWere(s, tailEnd, kinds);
    }

    /// <summary>
    /// True when a list item counts incidents of a harm other than the list's <paramref name="kinds"/> ("9 cases of
    /// torture", "8 cases of disappearance" before "and 25 arbitrary arrests"): its own "of" names what it counts.
    /// </summary>
    private static bool CountsOtherHarm(in CasualtySentence s, ListItem item, CasualtyKinds kinds)
    {
        int noun = item.Quantity.EndToken;
        return s.Is(noun, IncidentNouns) && s.Is(noun + 1, "of") && s.IsWord(noun + 2)
            && (CasualtyLexicon.KindsOf(s.Word(noun + 2)) & kinds) == CasualtyKinds.None;
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
