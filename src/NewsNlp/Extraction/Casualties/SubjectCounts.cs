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

    /// <summary>An "including ..." aside closes within eight tokens of its opening mark.</summary>
    private static readonly TokenWindow AsideReach = new(0, 8);

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

        if (MatchPartitive(s, quantity))
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
                if (!TryLongSubject(s, position, out kinds, out tailEnd, out hypothetical))
                {
                    return;
                }
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
                    && !(s.Is(position + 1, ListContinuations) && TryLongSubject(s, position + 1, out kinds, out tailEnd, out hypothetical)))
                {
                    // Not "those infected, over 1800 people, have died" either. But "SIX JESUIT PRIESTS, THEIR
                    // COOK AND HER DAUGHTER WERE MURDERED": more victims without a number join the subject.
                    return;
                }
            }
        }

        if (hypothetical || (appositiveStart < 0 && CasualtyTail.IsActiveWithObject(s, position)))
        {
            // "two gunmen killed 12 people": the gunmen are the agents; the verb's object pattern reads the victims.
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
    private static bool TryLongSubject(in CasualtySentence s, int position, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical)
    {
        kinds = CasualtyKinds.None;
        tailEnd = position;
        hypothetical = false;
        for (int k = position; k < s.Limit && LongSubjectReach.Contains(position, k); k++)
        {
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
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Two of the 16 passengers died": the part is the count, with the whole's group. But when the casualty word
    /// follows the whole with no auxiliary and the part is no subject ("autopsies on 9 of the 14 fishermen killed
    /// in ...") or a main verb is still to come, it is a reduced relative of the whole: the whole is the count. A
    /// "--including ...--" or ", including ...," aside after the whole is read past.
    /// </summary>
    private static bool MatchPartitive(in CasualtySentence s, Quantity part)
    {
        int j = part.EndToken + 1;
        j += s.Is(j, Demonstratives) ? 1 : 0;
        if (!s.Is(part.EndToken, "of") || !s.TryQuantity(j, out Quantity whole) || whole.LooksLikeYear || part.LooksLikeYear)
        {
            return false;
        }

        // "four of the 20 hostages were killed": a whole that names victims of its own is read past.
        int phraseEnd = VictimPhrase.Scan(s, whole.EndToken, out _);
        if (s.Is(phraseEnd, PartitiveWholeNouns))
        {
            if (!s.Is(phraseEnd + 1, Auxiliaries))
            {
                // "one of two hostages injured in the raid died": the whole's own pattern reads it.
                return false;
            }

            phraseEnd++;
        }

        int tail = SkipIncludingAside(s, phraseEnd);
        if (!CasualtyTail.TryRead(s, tail, out CasualtyKinds kinds, out int tailEnd, out bool hypothetical) || hypothetical
            || CasualtyTail.IsActiveWithObject(s, tail))
        {
            return false;
        }

        List<string> groups = VictimPhrase.Groups(s, whole.EndToken, phraseEnd);
        bool subject = StartsClause(s, part.FirstToken);
        if (!s.Is(tail, Auxiliaries) && (!subject || HasVerbAfter(s, tailEnd)))
        {
            // "one of the 16 soldiers killed in the attack was an officer".
            s.Add(kinds, whole, groups, whole.FirstToken, tailEnd);
        }
        else if (subject)
        {
            s.Add(kinds, part, groups, part.FirstToken, tailEnd);
        }

        return true;
    }

    /// <summary>True when a subject may start at <paramref name="index"/>: the sentence's or a clause's start ("police said two of ...").</summary>
    private static bool StartsClause(in CasualtySentence s, int index) =>
        index - 1 < s.First || (!s.IsWord(index - 1) && s.Tokens[index - 1].Kind != TokenKind.Clitic)
        || s.Is(index - 1, ClauseBreaks) || s.Is(index - 1, SourceVerbs) || s.Is(index - 1, "and") || s.Is(index - 1, "but");

    /// <summary>True when an auxiliary or copula stands in the clause after <paramref name="index"/> (not after "and"): the main verb is still to come.</summary>
    private static bool HasVerbAfter(in CasualtySentence s, int index)
    {
        for (int k = index; k < s.Limit && AsideReach.Contains(index, k) && !s.IsPunctuation(k, ',') && !s.IsPunctuation(k, '.') && !s.Is(k, ClauseBreaks) && !s.Is(k, "and"); k++)
        {
            if (s.Is(k, Auxiliaries) || s.IsTrigger(k, TriggerRole.AfterCount, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index after a "--including 2 Colombians--" or ", including three soldiers," aside at <paramref name="index"/>, else <paramref name="index"/>.</summary>
    private static int SkipIncludingAside(in CasualtySentence s, int index)
    {
        if (!IsAsideMark(s, index) || !s.Is(index + 1, "including"))
        {
            return index;
        }

        for (int k = index + 2; k < s.Limit && AsideReach.Contains(index, k); k++)
        {
            if (IsAsideMark(s, k))
            {
                return k + 1;
            }
        }

        return index;
    }

    private static bool IsAsideMark(in CasualtySentence s, int index) =>
        s.IsPunctuation(index, ',') || (index >= s.First && index < s.Limit && s.Tokens[index].Kind == TokenKind.Punctuation && s.Word(index).Trim('-').IsEmpty);

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
