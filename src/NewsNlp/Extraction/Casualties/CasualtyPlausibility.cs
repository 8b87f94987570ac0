using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The plausibility layer of the casualty patterns: which counts name people harmed, and which name
/// things ("two families", "75 homes"), definite references ("the two bodies") or evacuations of places.
/// </summary>
internal static class CasualtyPlausibility
{
    private static readonly WordClass NonPersonUnits = Lexicon.Default.Class("casualties/non-person-units");
    private static readonly WordClass PassiveAuxiliaries = Lexicon.Default.Class("casualties/passive-auxiliaries");
    private static readonly WordClass CorpseModifiers = Lexicon.Default.Class("casualties/corpse-modifiers");
    private static readonly WordClass CorpseNouns = Lexicon.Default.Class("casualties/corpse-nouns");
    private static readonly WordClass UnitScanStops = Lexicon.Default.Class("casualties/unit-scan-stops");
    private static readonly WordClass EvacuationVenues = Lexicon.Default.Class("casualties/evacuation-venues");
    private static readonly WordClass Demonstratives = Lexicon.Default.Class("casualties/demonstratives");
    private static readonly WordClass GetawayWords = Lexicon.Default.Class("casualties/getaway-words");
    private static readonly WordClass BodyReferencePrepositions = Lexicon.Default.Class("casualties/definite-body-prepositions");

    /// <summary>The place an evacuation is from stands within four tokens after "from" ("from the cruise ship").</summary>
    private static readonly TokenWindow EvacuationReach = new(0, 4);

    /// <summary>"none of" opens the subject of a count within eight tokens before it ("none of the 4 priests and approximately 100 refugees").</summary>
    private static readonly TokenWindow NegationReach = new(0, 8);

    /// <summary>
    /// The plausibility layer: a count of zero is no casualty ("0 casualties"), and a count whose
    /// words name things rather than people ("two families", "460,000 dead weight tons", "75 homes",
    /// "five research bodies") is none either.
    /// </summary>
    public static bool IsPlausible(in CasualtySentence s, Quantity quantity, int endToken)
    {
        if (quantity.Count == 0 || (quantity.Count is null && quantity.Max == 0))
        {
            return false;
        }

        for (int k = quantity.EndToken; k <= endToken && k < s.Limit && !s.Is(k, UnitScanStops); k++)
        {
            if (k > quantity.EndToken && s.Is(k, "of"))
            {
                // "two executives of steel companies": the head names the people; "two of the companies" does not.
                break;
            }

            // "five research bodies" are institutions; "four dead bodies", "six bodies" and "40 charred bodies" (a
            // word that describes a corpse) are the dead.
            if (s.IsWord(k) && (s.Is(k, NonPersonUnits) || (k > quantity.EndToken && s.Is(k, "bodies") && !s.Is(k - 1, "dead") && !s.Is(k - 1, CorpseModifiers))))
            {
                return false;
            }
        }

        if (SplitAges.IsAge(s, quantity.EndToken))
        {
            // "A 12- YEAR-OLD GIRL WAS INJURED": an age split by a space, not twelve victims.
            return false;
        }

        if (s.Is(quantity.EndToken, "of") && IsPartOfThings(s, quantity.EndToken + 1))
        {
            // "killed 40 of the 120 chickens": the whole names what was counted.
            return false;
        }

        if (IsNegated(s, quantity.FirstToken))
        {
            // "none of the 4 priests and 100 refugees was hurt": no one was.
            return false;
        }

        int before = quantity.FirstToken - 2;
        int adjective = quantity.EndToken + (s.Is(quantity.EndToken, "other") ? 1 : 0);
        if ((s.Is(endToken - 1, CorpseNouns) || s.IsAdjectiveBeforeNoun(adjective)) && s.Is(quantity.FirstToken - 1, Demonstratives)
            && (s.Is(before, BodyReferencePrepositions) || before < s.First || s.IsPunctuation(before, ',') || s.IsPunctuation(before, ';')))
        {
            // "lending by the two bodies", "identification of the 12 bodies", and a clause that opens with
            // "the two bodies", "the two dead officers" or "the two other wounded nuns": a definite reference,
            // to institutions or to victims already counted, never a new count.
            return false;
        }

        if (s.Is(endToken - 1, "disappeared") && VictimPhrase.Scan(s, quantity.EndToken, out _) <= quantity.EndToken)
        {
            // "three projects ... one disappeared": things disappear too; a bare count is no missing person.
            return false;
        }

        if ((s.Is(endToken - 1, "fled") || s.Is(endToken - 1, "flee") || s.Is(endToken - 1, "flees") || s.Is(endToken - 1, "fleeing")) && (s.Is(endToken, GetawayWords) || (s.Is(endToken, "the") && s.Is(endToken + 1, GetawayWords))))
        {
            // "two people who fled after the explosion", "fled the scene", "three robbers flee the scene": a getaway, not people driven from their homes.
            return false;
        }

        if (s.Is(endToken - 1, CasualtyLexicon.WeakInjuryWords) && !IsInjuryOfPeople(s, quantity, endToken))
        {
            return false;
        }

        return !s.Is(endToken - 1, "evacuated") || IsEvacuatedFromHome(s, endToken);
    }

    /// <summary>
    /// "three protesters were beaten by police": a weak injury word counts when the count's phrase names people and
    /// nothing after the word tells more: not a killing phrase or another casualty word ("stabbed to death", "burned
    /// alive", "beaten and killed": those read it), not a score ("beaten 3-1").
    /// </summary>
    private static bool IsInjuryOfPeople(in CasualtySentence s, Quantity quantity, int endToken)
    {
        int phraseEnd = VictimPhrase.Scan(s, quantity.EndToken, out _);
        if (phraseEnd <= quantity.EndToken || !SingleVictims.NamesPerson(s, quantity.EndToken, phraseEnd))
        {
            return false;
        }

        // Passive only: "two men who stabbed them" are the agents.
        int before = endToken - 2;
        before -= s.IsWord(before) && s.Word(before).EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (!s.Is(before, PassiveAuxiliaries))
        {
            return false;
        }

        int next = endToken + (s.Is(endToken, "and") || s.Is(endToken, "or") ? 1 : 0);
        return !(s.Is(endToken, "to") || s.Is(endToken, "dead") || s.Is(endToken, "alive")
            || s.IsTrigger(next, TriggerRole.AfterCount, out _) || (endToken < s.Limit && s.Tokens[endToken].Kind == TokenKind.Number));
    }

    /// <summary>
    /// True when the subject holding the count at <paramref name="first"/> opens with "none of" within
    /// <see cref="NegationReach"/> tokens, with no comma, stronger mark or casualty word between.
    /// </summary>
    private static bool IsNegated(in CasualtySentence s, int first)
    {
        for (int k = first - 1; k > s.First && NegationReach.Contains(k, first); k--)
        {
            if ((!s.IsWord(k) && s.Tokens[k].Kind != TokenKind.Number) || s.IsTrigger(k, TriggerRole.AfterCount, out _))
            {
                return false;
            }

            if (s.Is(k, "of") && s.Is(k - 1, "none"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the whole of a partitive starting at <paramref name="index"/> ("the 120 chickens") names things.</summary>
    private static bool IsPartOfThings(in CasualtySentence s, int index)
    {
        int whole = s.Is(index, "the") ? index + 1 : index;
        if (whole >= s.Limit || !s.TryQuantity(whole, out Quantity of))
        {
            return false;
        }

        for (int k = of.EndToken; k < s.Limit && k <= of.EndToken + 2; k++)
        {
            if (s.Is(k, NonPersonUnits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"evacuated from their homes" or "from nearby villages" is displacement; "evacuated from the ship" is not, nor a bare "evacuated".</summary>
    private static bool IsEvacuatedFromHome(in CasualtySentence s, int after)
    {
        if (!s.Is(after, "from"))
        {
            return false;
        }

        for (int k = after + 1; k < s.Limit && EvacuationReach.Contains(after, k); k++)
        {
            if (s.Is(k, EvacuationVenues))
            {
                return false;
            }
        }

        for (int k = after + 1; k < s.Limit; k++)
        {
            if (s.IsWord(k) && s.Word(k).StartsWith("return", StringComparison.OrdinalIgnoreCase))
            {
                // "thousands evacuated from two towns began returning to their homes": no longer displaced.
                return false;
            }
        }

        return true;
    }
}
