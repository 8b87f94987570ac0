using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts that join the victims of a casualty word before them through a companion phrase: "the leader died
/// along with 15 of his men", "the mayor was killed together with eight soldiers", "murdered the priest,
/// along with seven other priests and faithful". The count takes the kind of the nearest casualty word of the
/// clause before the phrase.
/// </summary>
internal static class CompanionCounts
{
    /// <summary>The phrases ("along with", "together with").</summary>
    private static readonly WordClass Phrases = Lexicon.Default.Class("casualties/companion-phrases");
    private static readonly WordClass PossessiveDeterminers = Lexicon.Default.Class("casualties/possessive-determiners");
    private static readonly WordClass ClauseBreaks = Lexicon.Default.Class("casualties/clause-breaks");

    /// <summary>The casualty word stands at most this many tokens before the phrase ("died | along with", "murdered X, a priest, teacher and fighter, | along with").</summary>
    private const int VerbReach = 20;

    private static readonly WordClass AboardPhrases = Lexicon.Default.Class("casualties/aboard-phrases");

    /// <summary>
    /// "a helicopter, which disappeared with four crew members on board": a craft that went missing with a count of
    /// people aboard it (the count after "with" must close with an aboard phrase) makes them missing. Only a missing
    /// word: a craft that "crashed with 53 people on board" says nothing of their fate.
    /// </summary>
    private static void MatchAboard(in CasualtySentence s, int with)
    {
        if (!s.IsTrigger(with - 1, TriggerRole.AfterCount, out CasualtyKinds kinds) || kinds != CasualtyKinds.Missing
            || !s.TryQuantity(with + 1, out Quantity count) || count.LooksLikeYear || count.IsVague || s.IsHypotheticalBefore(with - 1))
        {
            return;
        }

        // The victims' phrase may take the aboard phrase in ("crew members on board"): the people end where it starts.
        int scanEnd = VictimPhrase.Scan(s, count.EndToken, out _);
        for (int k = count.EndToken + 1; k <= scanEnd; k++)
        {
            int aboardTokens = 1;
            if (s.Is(k, AboardPhrases) || Lexicon.Default.TryMatchPhrase(AboardPhrases, s.Text, s.Tokens, k, s.Limit, out aboardTokens))
            {
                if (SingleVictims.NamesPerson(s, count.EndToken, k))
                {
                    s.Add(kinds, count, VictimPhrase.Groups(s, count.EndToken, k), with - 1, k + aboardTokens);
                }

                return;
            }
        }
    }

    /// <summary>Matches a companion phrase at <paramref name="start"/>, or a count aboard a missing craft at its "with".</summary>
    public static void Match(in CasualtySentence s, int start)
    {
        if (s.Is(start, "with"))
        {
            MatchAboard(s, start);
        }

        if (!Lexicon.Default.TryMatchPhrase(Phrases, s.Text, s.Tokens, start, s.Limit, out int phraseTokens))
        {
            return;
        }

        int j = start + phraseTokens;
        if (!s.TryQuantity(j, out Quantity count))
        {
            MatchPersonList(s, start, j);
            return;
        }

        if (count.LooksLikeYear || count.IsVague || (s.Is(count.EndToken, "of") && !s.Is(count.EndToken + 1, PossessiveDeterminers)))
        {
            return;
        }

        int verb = VerbBefore(s, start, out CasualtyKinds kinds);
        if (verb < 0 || s.IsHypotheticalBefore(verb))
        {
            return;
        }

        // "15 of his men", "seven other priests", "two others".
        int phraseStart = count.EndToken + (s.Is(count.EndToken, "of") ? 2 : 0);
        phraseStart += s.Is(phraseStart, "other") ? 1 : 0;
        int phraseEnd = s.Is(phraseStart, "others") ? phraseStart + 1 : VictimPhrase.Scan(s, phraseStart, out _);
        if (phraseEnd <= phraseStart || !(s.Is(phraseStart, "others") || SingleVictims.NamesPerson(s, phraseStart, phraseEnd))
            || CasualtyTail.TryRead(s, phraseEnd, out _, out _, out _))
        {
            // "along with 3 others who were wounded" has a casualty word of its own.
            return;
        }

        s.Add(kinds, count, VictimPhrase.Groups(s, phraseStart, phraseEnd), count.FirstToken, phraseEnd);
    }

    /// <summary>
    /// "was killed along with his son and 15 bodyguards": one person (a possessive or an indefinite article before a person
    /// noun) that opens a list whose later items carry counts. Only in a list: "killed along with his wife" alone is as
    /// often a victim the article names elsewhere, and a list with a count is what says the companions are being counted.
    /// </summary>
    private static void MatchPersonList(in CasualtySentence s, int start, int j)
    {
        if (!(s.Is(j, PossessiveDeterminers) || SingleVictims.IsArticle(s, j)))
        {
            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, j + 1, out _);
        if (phraseEnd <= j + 1 || !SingleVictims.NamesPerson(s, j + 1, phraseEnd) || !s.Is(phraseEnd, "and")
            || !s.TryQuantity(phraseEnd + 1, out Quantity next) || next.LooksLikeYear || next.IsVague)
        {
            return;
        }

        int verb = VerbBefore(s, start, out CasualtyKinds kinds);
        if (verb < 0 || s.IsHypotheticalBefore(verb) || CasualtyTail.TryRead(s, phraseEnd, out _, out _, out _))
        {
            return;
        }

        int added = s.Count;
        SingleVictims.MatchListContinuation(s, phraseEnd, kinds);
        if (s.Count > added)
        {
            // The counted companions make the list one of victims: the person before them is one more.
            s.Add(kinds, SingleVictims.One(j), VictimPhrase.Groups(s, j + 1, phraseEnd), j, phraseEnd);
        }
    }

    /// <summary>The nearest casualty word before <paramref name="start"/> in its clause, or -1.</summary>
    private static int VerbBefore(in CasualtySentence s, int start, out CasualtyKinds kinds)
    {
        kinds = CasualtyKinds.None;
        for (int k = start - 1; k >= s.First && start - k <= VerbReach; k--)
        {
            if (s.IsPunctuation(k, '.') || s.IsPunctuation(k, ';') || s.IsPunctuation(k, ':') || s.TryQuantity(k, out _) || s.Is(k, ClauseBreaks))
            {
                // A count of its own before the phrase ("killed 5 soldiers along with ...") is read by its pattern;
                // "lost their lives when they confronted, along with four other men, the troops": the companions
                // belong to the clause that "when" opens, whose verb is no casualty word.
                return -1;
            }

            if (s.IsTrigger(k, TriggerRole.AfterCount | TriggerRole.BeforeCount, out kinds) && kinds != CasualtyKinds.None)
            {
                return k;
            }

            if (CasualtyPhrases.TryPhrase(s, k, out kinds, out _) && kinds == CasualtyKinds.Killed)
            {
                return k;
            }
        }

        return -1;
    }
}
