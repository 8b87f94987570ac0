using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Counts after a casualty noun: "the deaths of 29 miners", "the confirmed deaths are fourteen
/// civilians, five ...", "among the dead were ...".
/// </summary>
internal static class NounListCounts
{
    private static readonly WordClass Copulas = Lexicon.Default.Class("casualties/list-copulas");

    /// <summary>Nouns of harm whose victims follow "of".</summary>
    public static readonly WordClass Nominals = Lexicon.Default.Class("casualties/harm-nominals");

    /// <summary>Matches "the killing of two clerics", "the arrest of 12 protesters", "the deaths of the 29 miners" at the noun.</summary>
    public static void MatchOf(in CasualtySentence s, int noun)
    {
        int j = noun + 1;
        if ((s.Is(j, "and") || s.Is(j, "or")) && s.Is(j + 1, Nominals) && s.Is(j + 2, "of"))
        {
            // "the kidnapping and assassination of five students": the first noun shares the second's victims.
            j += 2;
        }

        if (!s.Is(j, "of"))
        {
            // "the killings during the past 72 hours of a judge": the victims' "of" comes after a time phrase.
            int after = TimePhrases.Skip(s, j);
            j = after > j && s.Is(after, "of") ? after : j;
        }

        bool agent = false;
        if (s.Is(j, "by"))
        {
            // "the kidnapping by militants of two engineers": the agent's phrase stands before the victims' "of".
            int agentEnd = AfterAgent(s, j);
            agent = agentEnd > j;
            j = agentEnd;
        }

        if (!s.Is(j, "of") || s.Is(noun - 1, "number"))
        {
            return;
        }

        j++;
        if (s.Is(j, "the"))
        {
            j++;
        }

        // "the loss of nearly 400 lives" counts deaths only when the lives close the phrase.
        bool loss = s.Is(noun, "loss");
        CasualtyKinds kinds = loss ? CasualtyKinds.Killed : CasualtyLexicon.KindsOf(s.Word(noun));
        if (kinds == CasualtyKinds.None || j >= s.Limit)
        {
            return;
        }

        // "the death of two soldiers" counts; "the death of a director" and "the death of one of the
        // founders" are as often natural deaths, so the singular noun needs a count that is no partitive,
        // unless the whole is a victim group ("the death of one of its soldiers during fighting"): the groups
        // are the people that harm reaches (soldiers, police, civilians, workers), not the founders or directors.
        bool death = s.Is(noun, "death");
        if (!s.TryQuantity(j, out Quantity of) || of.LooksLikeYear || (death && s.Is(of.EndToken, "of") && !WholeIsVictimGroup(s, of.EndToken + 1)))
        {
            if (!loss && !death)
            {
                // "the arrest of an Iranian official", "the abduction of a British envoy": one person.
                SingleVictims.MatchObject(s, noun, j, kinds);
            }

            return;
        }

        int phraseEnd = VictimPhrase.Scan(s, of.EndToken, out _);
        if ((loss && !s.Is(phraseEnd, "lives")) || (agent && !SingleVictims.NamesPerson(s, of.EndToken, phraseEnd)))
        {
            // After an agent's phrase the "of" may name the means ("killed by the impact of three bullets"): only people count.
            return;
        }

        s.Add(kinds, of, VictimPhrase.Groups(s, of.EndToken, phraseEnd), noun, Math.Max(of.EndToken, loss ? phraseEnd + 1 : phraseEnd));
        int ofEnd = Math.Max(of.EndToken, phraseEnd);
        if (!loss && s.Is(ofEnd, "and"))
        {
            // "the murder of six priests and two employees": more victims of the same noun. Not after a comma:
            // "kidnappers of four professors, three American and one Indian" breaks the four down.
            SingleVictims.MatchListContinuation(s, ofEnd, kinds);
        }
    }

    private static readonly WordClass PossessiveDeterminers = Lexicon.Default.Class("casualties/possessive-determiners");

    /// <summary>True when the whole of a partitive that starts at <paramref name="start"/> ("the soldiers", "its soldiers") names a victim group.</summary>
    private static bool WholeIsVictimGroup(in CasualtySentence s, int start)
    {
        int j = s.Is(start, "the") || s.Is(start, PossessiveDeterminers) ? start + 1 : start;
        int end = VictimPhrase.Scan(s, j, out _);
        for (int k = j; k < end; k++)
        {
            if (s.IsWord(k) && CasualtyLexicon.TryGroup(s.Word(k), out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most tokens an agent's "by" phrase spans before the victims' "of" ("by Al-Qaeda's Pakistani allies").</summary>
    private const int AgentTokens = 8;

    /// <summary>
    /// The "of" after the agent's phrase that opens at "by" <paramref name="by"/>, or <paramref name="by"/> when none
    /// follows within a few words: the agent is a short noun phrase (words and possessives), never a clause or a count.
    /// </summary>
    private static int AfterAgent(in CasualtySentence s, int by)
    {
        for (int k = by + 1; k < s.Limit && k <= by + AgentTokens; k++)
        {
            if (s.Is(k, "of"))
            {
                return k > by + 1 ? k : by;
            }

            if (s.TryQuantity(k, out _) || !(s.IsWord(k) || s.Tokens[k].Kind == TokenKind.Abbreviation || s.Is(k, "'s") || s.Is(k, "'")))
            {
                return by;
            }
        }

        return by;
    }

    /// <summary>Matches "the confirmed deaths are Q phrase, Q phrase, and Q phrase", a list after a copula.</summary>
    public static void Match(in CasualtySentence s, int noun, CasualtyKinds kinds)
    {
        int j = noun + 1;
        if (!(s.Is(j, Copulas) || s.IsPunctuation(j, ':')))
        {
            return;
        }

        if (noun > s.First && s.Tokens[noun - 1].Kind == TokenKind.Number)
        {
            return;
        }

        j++;
        if (j >= s.Limit || !s.TryQuantity(j, out Quantity quantity) || quantity.LooksLikeYear)
        {
            return;
        }

        Span<ListItem> items = stackalloc ListItem[CountList.MaxItems];
        CountList.Read(s, quantity, items, out int count);
        foreach (ListItem item in items[..count])
        {
            CountList.Emit(s, kinds, item, -1, -1, Math.Max(item.PhraseEnd, item.Quantity.EndToken));
        }
    }
}
